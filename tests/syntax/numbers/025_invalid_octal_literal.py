0o17a
