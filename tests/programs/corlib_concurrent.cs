using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
class Concurrent {
    static void Main() {
        var dict = new ConcurrentDictionary<int, int>();
        Parallel.For(0, 1000, i => dict.AddOrUpdate(i % 10, 1, (k, v) => v + 1));
        Console.WriteLine(dict.Count + " " + dict.Values.Sum() + " " + string.Join(",", dict.OrderBy(kv => kv.Key).Select(kv => kv.Value)));
        Console.WriteLine(dict.TryAdd(100, 1) + " " + dict.TryAdd(100, 2) + " " + dict.GetOrAdd(100, 5) + " " + dict.GetOrAdd(101, k => k * 2));
        int removed; Console.WriteLine(dict.TryRemove(101, out removed) + " " + removed + " " + dict.TryUpdate(100, 7, 1) + " " + dict[100] + " " + dict.ContainsKey(101));
        var q = new ConcurrentQueue<int>();
        var producers = Enumerable.Range(0, 4).Select(p => Task.Run(() => { for (int i = 0; i < 250; i++) q.Enqueue(p * 1000 + i); })).ToArray();
        Task.WaitAll(producers);
        int item, count = 0; long total = 0;
        int peeked; Console.WriteLine(q.TryPeek(out peeked) + " " + q.Count);
        while (q.TryDequeue(out item)) { count++; total += item; }
        Console.WriteLine(count + " " + total + " " + q.IsEmpty);
        var stack = new ConcurrentStack<int>(); stack.PushRange(new[] { 1, 2, 3 });
        int top; Console.WriteLine(stack.TryPop(out top) + " " + top + " " + stack.Count);
        using (var bc = new BlockingCollection<int>(boundedCapacity: 5)) {
            var consumer = Task.Run(() => { long s = 0; foreach (var x in bc.GetConsumingEnumerable()) s += x; return s; });
            for (int i = 1; i <= 100; i++) bc.Add(i);
            bc.CompleteAdding();
            Console.WriteLine("blocking sum " + consumer.Result + " completed " + bc.IsCompleted);
            try { bc.Add(1); } catch (InvalidOperationException) { Console.WriteLine("add after complete"); }
        }
        var bc2 = new BlockingCollection<string>();
        int got; string s2;
        Console.WriteLine(bc2.TryTake(out s2, 20) + " " + (s2 == null));
        bc2.Add("x"); Console.WriteLine(bc2.Take() + " " + bc2.Count);
        var bag = new ConcurrentBag<string>(); Parallel.For(0, 20, i => bag.Add("i" + i));
        Console.WriteLine(bag.Count + " " + bag.OrderBy(x => x, StringComparer.Ordinal).First());
        var parts = Partitioner.Create(0, 100, 25).GetDynamicPartitions().Count();
        Console.WriteLine("partitions " + parts);
        got = 0; Console.WriteLine(got);
    }
}
