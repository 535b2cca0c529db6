s = f'''
{
  (yield)
}'''
