// Arrays through their generic interfaces (IList<T>, ICollection<T>,
// IEnumerable<T>, IReadOnlyList<T>, IReadOnlyCollection<T>), served by
// System.Array's InternalArray__ methods: foreach, the indexer both ways,
// Count, Contains, IndexOf, CopyTo, IsReadOnly (true, for arrays) and the
// fixed size; and by
// variance, a B[] as IEnumerable<A> and a string[] as IEnumerable<object>.
using System;
using System.Collections.Generic;

class A { public int V; }
class B : A {}

class P {
    static int Sum(IEnumerable<int> values) {
        int s = 0;
        foreach (int v in values) s += v;
        return s;
    }

    static int Main() {
        int r = 0;
        int[] ints = { 1, 2, 3 };
        IList<int> list = ints;
        if (Sum(ints) == 6 && list.Count == 3) r |= 1;
        list[1] = 20;
        if (ints[1] == 20 && list[2] == 3) r |= 2;
        ICollection<int> collection = ints;
        IReadOnlyList<int> readOnly = ints;
        IReadOnlyCollection<int> readOnlyCollection = ints;
        if (collection.Contains(3) && !collection.Contains(4) && list.IndexOf(20) == 1 && readOnly[0] == 1 &&
            readOnlyCollection.Count == 3)
            r |= 4;
        int[] copy = new int[5];
        collection.CopyTo(copy, 2);
        if (copy[2] == 1 && copy[3] == 20 && copy[4] == 3 && collection.IsReadOnly) r |= 8;
        try {
            collection.Add(4);
        } catch (NotSupportedException) {
            r |= 16;
        }
        B[] bs = { new B { V = 4 }, new B { V = 5 } };
        IEnumerable<A> animals = bs;
        int v = 0;
        foreach (A a in animals) v = v * 10 + a.V;
        if (v == 45) r |= 32;
        object o = new string[] { "ab", "c" };
        IEnumerable<object> objects = (IEnumerable<object>)o;
        int lengths = 0;
        foreach (object x in objects) lengths = lengths * 10 + ((string)x).Length;
        if (lengths == 21) r |= 64;
        IList<object> asObjects = (IList<object>)o;
        if ((string)asObjects[1] == "c") r |= 128;
        return r == 255 ? 42 : r;
    }
}
