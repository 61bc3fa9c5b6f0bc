// An enum array is an IList (and IReadOnlyList, ICollection, IEnumerable)
// of its underlying type, and of the other integer type of that size, as
// arrays convert (I.8.7.1); not of a type of another size.
using System;
using System.Collections.Generic;
enum Color { Red, Green, Blue }
enum Small : byte { A = 7, B = 200 }
static class P {
    static void Main() {
        object colors = new Color[] { Color.Green, Color.Blue };
        IList<int> ints = (IList<int>)colors;
        Console.WriteLine(ints.Count + " " + ints[0] + " " + ints[1] + " " + ints.IndexOf(2));
        ints[0] = 0;
        Console.WriteLine(((Color[])colors)[0]);
        Console.WriteLine(colors is IReadOnlyList<int>);
        Console.WriteLine(colors is ICollection<int>);
        Console.WriteLine(colors is IEnumerable<uint>);
        Console.WriteLine(colors is IList<long>);
        Console.WriteLine(colors is IList<short>);
        foreach (int i in (IEnumerable<int>)colors) Console.Write(i + " ");
        Console.WriteLine();
        object bytes = new Small[] { Small.A, Small.B };
        Console.WriteLine(bytes is IList<byte>);
        Console.WriteLine(bytes is IList<sbyte>);
        object uints = new uint[] { 4000000000 };
        Console.WriteLine(((IList<int>)uints)[0]);
        Console.WriteLine(uints is IList<Color>);
        object strings = new string[] { "a" };
        Console.WriteLine(strings is IList<int>);
        Console.WriteLine(strings is IList<object>);
    }
}
