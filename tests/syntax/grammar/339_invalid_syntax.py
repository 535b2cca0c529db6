class: pass
