using System;
using System.Collections;
using System.Linq;
class NonGeneric {
    static void Main() {
        var al = new ArrayList { 3, "two", 1.5, null, 'c' };
        al.Add(7); al.Insert(1, "ins"); al.AddRange(new[] { 8, 9 });
        Console.WriteLine(al.Count + " " + al[1] + " " + al.IndexOf("two") + " " + al.Contains(null) + " " + al.IndexOf(9));
        al.Remove("two"); al.RemoveAt(0); al.RemoveRange(0, 1);
        foreach (var o in al) Console.Write((o ?? "null") + "|");
        Console.WriteLine();
        var nums = new ArrayList { 5, 2, 8, 1 };
        nums.Sort(); Console.WriteLine(string.Join(",", nums.ToArray()) + " " + nums.BinarySearch(5));
        nums.Reverse(); Console.WriteLine(string.Join(",", nums.Cast<int>()));
        int[] typed = (int[])nums.ToArray(typeof(int)); Console.WriteLine(typed.Sum());
        var fixedSize = ArrayList.FixedSize(nums);
        try { fixedSize.Add(1); } catch (NotSupportedException) { Console.WriteLine("fixed size"); }
        var ro = ArrayList.ReadOnly(nums);
        try { ro[0] = 1; } catch (NotSupportedException) { Console.WriteLine("read only " + ro.IsReadOnly); }
        try { nums.Sort(); new ArrayList { 1, "a" }.Sort(); } catch (InvalidOperationException e) { Console.WriteLine("IOE " + (e.InnerException != null)); }
        var ht = new Hashtable();
        ht["b"] = 2; ht["a"] = 1; ht[3] = "three"; ht.Add(4.5, null);
        Console.WriteLine(ht.Count + " " + ht["a"] + " " + ht[3] + " " + (ht["missing"] == null) + " " + ht.ContainsKey(4.5) + " " + ht.ContainsValue("three") + " " + ht.Contains("b"));
        var keys = ht.Keys.Cast<object>().Select(k => k.ToString()).OrderBy(k => k, StringComparer.Ordinal);
        Console.WriteLine(string.Join(",", keys));
        try { ht.Add("a", 9); } catch (ArgumentException) { Console.WriteLine("duplicate"); }
        ht.Remove("a"); ht.Remove("nope");
        var entries = ht.Cast<DictionaryEntry>().Where(e => e.Value != null).Select(e => e.Key + "=" + e.Value).OrderBy(s => s, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", entries));
        var ci = new Hashtable(StringComparer.OrdinalIgnoreCase) { { "Key", 1 } };
        Console.WriteLine(ci["KEY"] + " " + Hashtable.Synchronized(ci).IsSynchronized);
        var big = new Hashtable();
        for (int i = 0; i < 2000; i++) big[i] = i * 2;
        for (int i = 0; i < 2000; i += 3) big.Remove(i);
        int sum = 0; foreach (DictionaryEntry e in big) sum += (int)e.Value;
        Console.WriteLine(big.Count + " " + sum);
        var q = new Queue(); q.Enqueue(1); q.Enqueue("x"); Console.WriteLine(q.Dequeue() + " " + q.Peek() + " " + q.Count);
        var st = new Stack(); st.Push(1); st.Push(2); Console.WriteLine(st.Pop() + " " + st.Count);
    }
}
