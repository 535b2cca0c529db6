x = aͺ
