using System;
using System.Collections.Generic;
abstract class Converter { public abstract TOut Convert<TIn, TOut>(TIn value, Func<TIn, TOut> f); public virtual string Name<T>() { return "base " + typeof(T).Name; } }
class Logging : Converter {
    public List<string> Log = new List<string>();
    public override TOut Convert<TIn, TOut>(TIn value, Func<TIn, TOut> f) { Log.Add(typeof(TIn).Name + "->" + typeof(TOut).Name); return f(value); }
    public override string Name<T>() { return "derived " + base.Name<T>(); }
}
interface IRepo<T> { void Add(T item); T Get(int i); int Count { get; } IEnumerable<TR> Select<TR>(Func<T, TR> f); }
class Repo<T> : IRepo<T> {
    protected List<T> items = new List<T>();
    public virtual void Add(T item) { items.Add(item); }
    public T Get(int i) { return items[i]; }
    public int Count { get { return items.Count; } }
    public IEnumerable<TR> Select<TR>(Func<T, TR> f) { foreach (var x in items) yield return f(x); }
}
class UniqueRepo<T> : Repo<T> where T : IEquatable<T> { public override void Add(T item) { if (!items.Contains(item)) base.Add(item); } }
static class Cache<T> { public static int Hits; public static T Value; }
struct Wrapper<T> : IComparable<Wrapper<T>> where T : IComparable<T> {
    public T Inner; public Wrapper(T v) { Inner = v; }
    public int CompareTo(Wrapper<T> o) { return Inner.CompareTo(o.Inner); }
    public override string ToString() { return "W(" + Inner + ")"; }
}
class GenericVirtual {
    static T Largest<T>(IEnumerable<T> xs) where T : IComparable<T> { T best = default(T); bool first = true; foreach (var x in xs) { if (first || x.CompareTo(best) > 0) best = x; first = false; } return best; }
    static string Describe<T>(T x) { return x.ToString() + ":" + x.GetHashCode().Equals(x.GetHashCode()) + ":" + x.Equals(x) + ":" + x.GetType().Name; }
    static void Main() {
        Converter c = new Logging();
        Console.WriteLine(c.Convert(21, x => x * 2) + " " + c.Convert("abc", s => s.Length) + " " + c.Convert(1.5, d => d.ToString(System.Globalization.CultureInfo.InvariantCulture) + "!"));
        Console.WriteLine(string.Join(",", ((Logging)c).Log) + " | " + c.Name<int>() + " | " + c.Name<List<string>>());
        IRepo<string> r = new UniqueRepo<string>(); r.Add("a"); r.Add("b"); r.Add("a");
        Console.WriteLine(r.Count + " " + r.Get(1) + " " + string.Join(",", r.Select(s => s.ToUpper())) + " " + string.Join(",", r.Select(s => s.Length)));
        IRepo<int> ri = new Repo<int>(); ri.Add(3); ri.Add(3); Console.WriteLine(ri.Count + " " + string.Join(",", ri.Select(x => x * 0.5)));
        Cache<int>.Hits++; Cache<string>.Hits += 5; Cache<int>.Value = 9; Cache<string>.Value = "s";
        Console.WriteLine(Cache<int>.Hits + " " + Cache<string>.Hits + " " + Cache<int>.Value + " " + Cache<string>.Value + " " + Cache<double>.Hits);
        var ws = new List<Wrapper<int>> { new Wrapper<int>(5), new Wrapper<int>(2), new Wrapper<int>(9) };
        ws.Sort(); Console.WriteLine(string.Join(" ", ws) + " " + Largest(ws) + " " + Largest(new[] { "pear", "zoo", "apple" }) + " " + Largest(new[] { 1.5, -2.0 }));
        Console.WriteLine(Describe(42) + " " + Describe("s") + " " + Describe(new Wrapper<string>("x")) + " " + Describe(DayOfWeek.Monday) + " " + Describe<int?>(7));
        Func<int, string> conv = c.Convert<int, Func<int, string>>(0, z => n => "n" + (n + z));
        Console.WriteLine(conv(3));
        var m = typeof(Logging).GetMethod("Convert").MakeGenericMethod(typeof(int), typeof(string));
        Console.WriteLine(m.Invoke(c, new object[] { 7, (Func<int, string>)(x => "#" + x) }));
        var del = (Func<int, Func<int, string>, string>)Delegate.CreateDelegate(typeof(Func<int, Func<int, string>, string>), c, typeof(Converter).GetMethod("Convert").MakeGenericMethod(typeof(int), typeof(string)));
        Console.WriteLine(del(8, x => "d" + x) + " " + ((Logging)c).Log.Count + " " + del.Method.DeclaringType.Name);
    }
}
