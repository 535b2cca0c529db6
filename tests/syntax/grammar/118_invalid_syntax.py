c.x 1 {L M}
