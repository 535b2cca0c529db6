x.y {L M}
