raise from
