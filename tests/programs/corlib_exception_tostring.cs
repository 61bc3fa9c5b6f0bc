using System;
using System.Runtime.CompilerServices;
class AppError : Exception {
    public int Code { get; private set; }
    public AppError(string m, int code) : base(m) { Code = code; }
    public AppError(string m, Exception inner) : base(m, inner) { Code = -1; }
    public override string Message { get { return base.Message + " (code " + Code + ")"; } }
}
class Silent : Exception { public override string ToString() { return "Silent!"; } }
class ExToString {
    static string Clean(string s) {
        var sb = new System.Text.StringBuilder();
        foreach (var line in s.Split('\n')) { var l = line; int i = l.IndexOf(" [0x"); if (i >= 0) l = l.Substring(0, i); sb.Append(l.TrimEnd()).Append('|'); }
        return sb.ToString();
    }
    [MethodImpl(MethodImplOptions.NoInlining)] static void Level3() { throw new AppError("deep", 42); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void Level2() { Level3(); }
    [MethodImpl(MethodImplOptions.NoInlining)] static void Level1() { try { Level2(); } catch (AppError e) { throw new InvalidOperationException("wrapped", e); } }
    static void Main() {
        Console.WriteLine(Clean(new Exception().ToString()));
        Console.WriteLine(Clean(new Exception("msg").ToString()));
        Console.WriteLine(Clean(new ArgumentNullException("p").ToString()));
        Console.WriteLine(Clean(new ArgumentOutOfRangeException("idx", 7, "bad index").ToString()));
        Console.WriteLine(Clean(new AppError("custom", 3).ToString()));
        Console.WriteLine(Clean(new Exception("outer", new Exception("inner", new Exception("innermost"))).ToString()));
        Console.WriteLine(new Silent().ToString() + " " + new Silent().Message);
        try { Level1(); }
        catch (Exception e) {
            Console.WriteLine(Clean(e.ToString()));
            Console.WriteLine(e.InnerException.Message + " / " + e.GetBaseException().GetType().Name + " / " + (e.TargetSite == null ? "null" : e.TargetSite.Name) + " / " + e.InnerException.TargetSite.Name);
            Console.WriteLine(e.Source + " " + e.HResult + " " + e.InnerException.HResult + " " + (e.Data.Count));
        }
        var ex = new Exception("with data");
        ex.Data["key"] = 5; ex.Data.Add("other", "v");
        Console.WriteLine(ex.Data.Count + " " + ex.Data["key"] + " " + ex.StackTrace + "|" + (ex.InnerException == null));
        try { throw ex; } catch (Exception e) { Console.WriteLine(Clean(e.StackTrace) + " " + (e == ex)); }
        Console.WriteLine(new AggregateException("agg", new Exception("a"), new Exception("b")).Message);
        Console.WriteLine(Clean(new AggregateException(new Exception("x")).ToString()));
        Console.WriteLine(new FormatException().Message + " | " + new OverflowException().Message + " | " + new KeyNotFoundExceptionProbe().Name);
        Console.WriteLine(Clean(new ObjectDisposedException("thing").ToString()));
        Console.WriteLine(new TypeInitializationException("T", null).Message);
    }
}
class KeyNotFoundExceptionProbe { public string Name { get { return new System.Collections.Generic.KeyNotFoundException().Message; } } }
