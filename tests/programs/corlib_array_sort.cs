using System;
using System.Collections;
using System.Collections.Generic;
class Person : IComparable<Person> {
    public string Name; public int Age;
    public Person(string n, int a) { Name = n; Age = a; }
    public int CompareTo(Person o) { return Age.CompareTo(o.Age); }
    public override string ToString() { return Name + "(" + Age + ")"; }
}
class ByNameDesc : IComparer<Person> { public int Compare(Person a, Person b) { return string.CompareOrdinal(b.Name, a.Name); } }
class ReverseInt : IComparer { public int Compare(object a, object b) { return ((int)b).CompareTo((int)a); } }
class ArraySort {
    static void Main() {
        int[] a = { 5, -3, 9, 0, 2, 2, -8, 7 };
        Array.Sort(a); Console.WriteLine(string.Join(",", a));
        Array.Sort(a, new ReverseInt()); Console.WriteLine(string.Join(",", a));
        Array.Sort(a, (x, y) => Math.Abs(x).CompareTo(Math.Abs(y))); Console.WriteLine(string.Join(",", a));
        int[] part = { 9, 8, 7, 6, 5, 4 };
        Array.Sort(part, 1, 4); Console.WriteLine(string.Join(",", part));
        string[] keys = { "c", "a", "b" }; int[] items = { 3, 1, 2 };
        Array.Sort(keys, items); Console.WriteLine(string.Join(",", keys) + " " + string.Join(",", items));
        var people = new[] { new Person("Ann", 30), new Person("Bob", 25), new Person("Cid", 35), new Person("Dee", 25) };
        Array.Sort(people); Console.WriteLine(string.Join(" ", (object[])people));
        Array.Sort(people, new ByNameDesc()); Console.WriteLine(string.Join(" ", (object[])people));
        string[] words = { "banana", "Apple", "cherry", "apple", "Banana" };
        Array.Sort(words, StringComparer.Ordinal); Console.WriteLine(string.Join(" ", words));
        Array.Sort(words, StringComparer.OrdinalIgnoreCase); Console.WriteLine(string.Join(" ", words).ToLowerInvariant());
        double[] d = { 3.5, double.NaN, -1, double.NegativeInfinity, 0 };
        Array.Sort(d); Console.WriteLine(string.Join(",", d));
        var rnd = new Random(3); var big = new int[5000];
        for (int i = 0; i < big.Length; i++) big[i] = rnd.Next(1000);
        Array.Sort(big);
        bool sorted = true; for (int i = 1; i < big.Length; i++) if (big[i - 1] > big[i]) sorted = false;
        Console.WriteLine(sorted + " " + big[0] + " " + big[4999]);
        char[] cs = "sorting".ToCharArray(); Array.Sort(cs); Console.WriteLine(new string(cs));
        long[] ls = { long.MaxValue, long.MinValue, 0 }; Array.Sort(ls); Console.WriteLine(string.Join(",", ls));
        try { Array.Sort(new object[] { 1, "x" }); } catch (InvalidOperationException e) { Console.WriteLine("IOE " + e.InnerException.GetType().Name); }
    }
}
