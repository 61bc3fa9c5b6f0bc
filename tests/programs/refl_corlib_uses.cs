// Corlib paths that use reflection internally: EqualityComparer/Comparer defaults for
// enums and IEquatable types, Nullable boxing, Enum in Dictionary keys, string.Format of enums,
// Array.CreateInstance, Array.ConvertAll, Delegate.CreateDelegate and DynamicInvoke.
using System; using System.Collections.Generic; using System.Reflection; using System.Linq;
enum Fruit { Apple, Pear, Plum }
class Key : IEquatable<Key> { public int V; public bool Equals(Key o) { return o != null && o.V == V; } public override int GetHashCode() { return V; } }
struct Rank : IComparable<Rank> { public int R; public int CompareTo(Rank o) { return R.CompareTo(o.R); } public override string ToString() { return "R" + R; } }
class P {
  static int Twice(int x) { return 2 * x; }
  public string Greet(string who) { return "hi " + who; }
  static int Main() {
    var d = new Dictionary<Fruit, int> { { Fruit.Pear, 2 }, { Fruit.Apple, 1 } };
    Console.WriteLine(d[Fruit.Pear] + " " + d.ContainsKey(Fruit.Plum));
    Console.WriteLine(EqualityComparer<Fruit>.Default.Equals(Fruit.Apple, Fruit.Apple));
    Console.WriteLine(EqualityComparer<Key>.Default.Equals(new Key { V = 1 }, new Key { V = 1 }));
    var ranks = new List<Rank> { new Rank { R = 3 }, new Rank { R = 1 }, new Rank { R = 2 } };
    ranks.Sort(); Console.WriteLine(string.Join(",", ranks));
    Console.WriteLine(Comparer<Fruit>.Default.Compare(Fruit.Plum, Fruit.Apple) > 0);
    Console.WriteLine(string.Format("{0} {1:D} {2}", Fruit.Plum, Fruit.Pear, (Fruit)9));
    Array a = Array.CreateInstance(typeof(string), 3); a.SetValue("x", 1); Console.WriteLine(a.GetType() + " " + a.GetValue(1));
    Array m = Array.CreateInstance(typeof(int), 2, 3); m.SetValue(5, 1, 2); Console.WriteLine(m.GetType() + " " + m.GetValue(1, 2) + " " + m.Length);
    var del = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), typeof(P).GetMethod("Twice", BindingFlags.NonPublic | BindingFlags.Static));
    Console.WriteLine(del(21));
    var inst = (Func<string, string>)Delegate.CreateDelegate(typeof(Func<string, string>), new P(), "Greet");
    Console.WriteLine(inst("bob"));
    Func<int, int> f = Twice;
    Console.WriteLine(f.DynamicInvoke(8) + " " + f.Method.Name);
    int? n = 5; object boxed = n; Console.WriteLine(boxed.GetType());
    Console.WriteLine(Enum.GetValues(typeof(Fruit)).Cast<Fruit>().Max());
    Console.WriteLine(new[] { Fruit.Plum, Fruit.Apple }.OrderBy(x => x).First());
    return 0;
  }
}
