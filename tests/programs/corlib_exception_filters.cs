using System;
using System.Collections.Generic;
class FilterEx : Exception { public int N; public FilterEx(int n) : base("n=" + n) { N = n; } }
class Filters {
    static List<string> log = new List<string>();
    static bool Log(string s, bool result) { log.Add(s); return result; }
    static void Thrower(int n) {
        try { throw new FilterEx(n); }
        finally { log.Add("thrower finally " + n); }
    }
    static int Nested(int n) {
        try {
            try { Thrower(n); }
            catch (FilterEx e) when (Log("inner filter " + e.N, e.N == 1)) { log.Add("inner caught"); return 1; }
            finally { log.Add("inner finally"); }
        }
        catch (FilterEx e) when (Log("outer filter " + e.N, e.N == 2)) { log.Add("outer caught"); return 2; }
        catch (Exception e) { log.Add("fallback " + e.Message); return 3; }
        return 0;
    }
    static void Flush(string label) { Console.WriteLine(label + ": " + string.Join("; ", log)); log.Clear(); }
    static void Main() {
        Console.WriteLine(Nested(1)); Flush("1");
        Console.WriteLine(Nested(2)); Flush("2");
        Console.WriteLine(Nested(3)); Flush("3");
        // A filter that throws is left out: ECMA-335 has the exception swallowed (the
        // filter fails), which Lucid does, but mono 6.8 lets it propagate.
        int attempts = 0;
        while (true) {
            try { attempts++; if (attempts < 3) throw new TimeoutException("try " + attempts); Console.WriteLine("succeeded after " + attempts); break; }
            catch (TimeoutException e) when (attempts < 5) { log.Add(e.Message); }
        }
        Flush("retry");
        try { try { throw new ArgumentException("a"); } finally { log.Add("finally before catch"); } }
        catch (ArgumentException) when (Log("filter runs first", true)) { log.Add("catch"); }
        Flush("order");
        try { try { throw new Exception("first"); } finally { try { throw new Exception("second"); } catch (Exception e) { log.Add("caught in finally: " + e.Message); } } }
        catch (Exception e) { log.Add("outer: " + e.Message); }
        Flush("finally-inner");
        try { try { throw new Exception("lost"); } finally { throw new Exception("replaces"); } }
        catch (Exception e) { Console.WriteLine("got " + e.Message); }
        Console.WriteLine(Fin());
        try { object o = "s"; int i = (int)o; } catch (InvalidCastException) when (true) { Console.WriteLine("cast caught by filter"); }
        try { checked { int x = int.MaxValue; x += attempts; } } catch (OverflowException e) when (e.Message.Length > 0) { Console.WriteLine("overflow filtered"); }
    }
    static string Fin() { string s = "start"; try { s = "try"; return s; } finally { s = "finally"; log.Add(s); } }
}
