

   
# only comments
