using System;
class MyException : Exception {
    public int Code;
    public MyException(string message, int code) : base(message) { Code = code; }
}
class Exceptions {
    static int depth;
    static void Recurse(int n) { if (n == 0) throw new MyException("bottom", 7); depth++; Recurse(n - 1); }
    static int Finally() {
        try { return 1; } finally { Console.WriteLine("finally runs before return"); }
    }
    static void Main() {
        try { Recurse(5); } catch (MyException e) { Console.WriteLine(e.Message + " " + e.Code + " " + depth); }
        try { throw new InvalidOperationException("inner"); }
        catch (Exception e) {
            var outer = new ApplicationException("outer", e);
            Console.WriteLine(outer.Message + " <- " + outer.InnerException.Message + " " + (outer.InnerException is InvalidOperationException));
        }
        Console.WriteLine(Finally());
        try {
            try { throw new ArgumentException("arg", "param"); }
            finally { Console.WriteLine("inner finally"); }
        } catch (ArgumentException e) { Console.WriteLine(e.Message.Replace("\n", " / ") + " [" + e.ParamName + "]"); }
        try { throw new ArgumentNullException("thing"); } catch (ArgumentNullException e) { Console.WriteLine(e.ParamName + " " + (e.Message.Length > 0)); }
        try { throw new ArgumentOutOfRangeException("idx", 5, "too big"); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ActualValue + " " + e.ParamName); }
        try { object s = "str"; var i = (int)s; Console.WriteLine(i); } catch (InvalidCastException e) { Console.WriteLine("cast: " + e.GetType().Name); }
        try { int[] a = new int[3]; a[3] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { string s = null; Console.WriteLine(s.Length); } catch (NullReferenceException e) { Console.WriteLine(e.Message); }
        try { int z = 0; Console.WriteLine(10 % z); } catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
        try { throw new NotImplementedException(); } catch (Exception e) { Console.WriteLine(e.Message); }
        try { throw new NotSupportedException(); } catch (Exception e) { Console.WriteLine(e.Message); }
        try { throw new Exception(); } catch (Exception e) { Console.WriteLine(e.Message); }
        int filtered = 0;
        try { throw new MyException("filter", 3); }
        catch (MyException e) when (e.Code == 2) { filtered = 2; }
        catch (MyException e) when (e.Code == 3) { filtered = 3; }
        Console.WriteLine("filter chose " + filtered);
        try {
            try { throw new Exception("first"); }
            catch (Exception) { throw; }
        } catch (Exception e) { Console.WriteLine("rethrown " + e.Message); }
        Exception caught = null;
        try { try { throw new TimeoutException("t"); } finally { Console.WriteLine("cleanup"); } }
        catch (Exception e) { caught = e; }
        Console.WriteLine(caught.GetType().Name + " " + caught.HResult);
        Console.WriteLine(new Exception("m").HResult + " " + new ArgumentException().HResult);
    }
}
