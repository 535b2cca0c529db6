from __future__ import spam as eggs
