using System;
using System.Threading;
class P {
  static object gate = new object();
  static int counter;
  static void Work(object o) { for (int i = 0; i < 100000; i++) { lock (gate) { counter++; } } }
  static void Main() {
    var threads = new Thread[4];
    for (int i = 0; i < 4; i++) { threads[i] = new Thread(Work); threads[i].Start(i); }
    foreach (var t in threads) t.Join();
    Console.WriteLine("counter " + counter);
    int shared = 0;
    var t2 = new Thread(() => { Thread.Sleep(50); Interlocked.Add(ref shared, 5); });
    t2.Start(); t2.Join();
    Console.WriteLine("shared " + shared + " alive " + t2.IsAlive + " main id " + Thread.CurrentThread.ManagedThreadId);
    var q = new System.Collections.Generic.Queue<int>();
    var consumer = new Thread(() => {
      int sum = 0;
      for (int n = 0; n < 10; n++) { lock (q) { while (q.Count == 0) Monitor.Wait(q); sum += q.Dequeue(); } }
      Console.WriteLine("consumed " + sum);
    });
    consumer.Start();
    for (int n = 1; n <= 10; n++) { lock (q) { q.Enqueue(n); Monitor.Pulse(q); } }
    consumer.Join();
    var bg = new Thread(() => { Thread.Sleep(100000); }); bg.IsBackground = true; bg.Start();
    var fg = new Thread(() => { Thread.Sleep(100); Console.WriteLine("foreground done"); }); fg.Start();
    Console.WriteLine("main done");
  }
}
