using System;
using System.Diagnostics;
using System.Threading;
class StopwatchTest {
    static void Main() {
        var sw = new Stopwatch();
        Console.WriteLine(sw.IsRunning + " " + sw.ElapsedTicks + " " + sw.ElapsedMilliseconds + " " + sw.Elapsed);
        sw.Start();
        Thread.Sleep(20);
        sw.Stop();
        long first = sw.ElapsedTicks;
        Console.WriteLine(sw.IsRunning + " " + (sw.ElapsedMilliseconds >= 0) + " " + (first > 0) + " " + (sw.Elapsed >= TimeSpan.Zero));
        Thread.Sleep(5);
        Console.WriteLine("stopped clock holds " + (sw.ElapsedTicks == first));
        sw.Start(); Thread.Sleep(5); sw.Stop();
        Console.WriteLine("accumulates " + (sw.ElapsedTicks >= first));
        sw.Reset();
        Console.WriteLine(sw.ElapsedTicks + " " + sw.IsRunning);
        sw.Restart();
        Console.WriteLine(sw.IsRunning);
        var s2 = Stopwatch.StartNew();
        long t0 = Stopwatch.GetTimestamp();
        long t1 = Stopwatch.GetTimestamp();
        Console.WriteLine((t1 >= t0) + " " + Stopwatch.IsHighResolution + " " + (Stopwatch.Frequency > 0) + " " + s2.IsRunning);
        var a = DateTime.UtcNow; var b = DateTime.UtcNow;
        Console.WriteLine((b >= a) + " " + (a.Kind == DateTimeKind.Utc) + " " + (DateTime.Now.Kind == DateTimeKind.Local) + " " + (a.Year >= 2020));
        Console.WriteLine((DateTimeOffset.UtcNow.Offset == TimeSpan.Zero) + " " + (DateTime.Today.TimeOfDay == TimeSpan.Zero));
    }
}
