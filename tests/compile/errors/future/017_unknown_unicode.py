# é
from __future__ import été
