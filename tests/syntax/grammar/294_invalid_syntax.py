x = a //
