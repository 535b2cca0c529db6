class C:
    from __future__ import division
