match 'äöü':
    case 'ä':  pass
    case ü: pass
    case 'ö': pass
