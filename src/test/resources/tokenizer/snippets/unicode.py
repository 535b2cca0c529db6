# -*- coding: utf-8 -*-
café = 1
日本 = café + 2
ñ_ü = "ẞ"
x = 'é' + ñ_ü  # ü comment
π = 3.14; Ω = π * 2
