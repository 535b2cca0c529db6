import setcases

setcases.main()
