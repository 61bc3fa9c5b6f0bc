using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
class SyncPrims {
    static void Main() {
        var phases = new List<string>();
        using (var barrier = new Barrier(3, b => phases.Add("phase " + b.CurrentPhaseNumber)))
        {
            var ts = new Thread[3];
            for (int i = 0; i < 3; i++) { ts[i] = new Thread(() => { for (int p = 0; p < 2; p++) barrier.SignalAndWait(); }); ts[i].Start(); }
            foreach (var t in ts) t.Join();
            Console.WriteLine(string.Join(", ", phases) + " participants " + barrier.ParticipantCount + " phase " + barrier.CurrentPhaseNumber);
        }
        using (var cd = new CountdownEvent(5))
        {
            for (int i = 0; i < 5; i++) ThreadPool.QueueUserWorkItem(_ => cd.Signal());
            Console.WriteLine("countdown " + cd.Wait(10000) + " " + cd.CurrentCount + " " + cd.IsSet);
            cd.Reset(2); cd.AddCount(1); Console.WriteLine(cd.CurrentCount + " " + cd.Signal(3) + " " + cd.IsSet);
        }
        var sem = new SemaphoreSlim(2, 3);
        int inside = 0, maxInside = 0; var gate = new object();
        var workers = new Task[6];
        for (int i = 0; i < workers.Length; i++)
            workers[i] = Task.Run(() => { sem.Wait(); lock (gate) { inside++; maxInside = Math.Max(maxInside, inside); } Thread.Sleep(10); lock (gate) inside--; sem.Release(); });
        Task.WaitAll(workers);
        Console.WriteLine("max concurrent " + maxInside + " count " + sem.CurrentCount);
        Console.WriteLine(sem.Wait(0) + " " + sem.Wait(0) + " " + sem.Wait(0) + " " + sem.Release(3));
        try { sem.Release(5); } catch (SemaphoreFullException) { Console.WriteLine("SemaphoreFullException"); }
        var asyncSem = new SemaphoreSlim(0);
        var waiting = asyncSem.WaitAsync();
        Console.WriteLine(waiting.IsCompleted); asyncSem.Release(); Console.WriteLine(waiting.Wait(10000));
        var mres = new ManualResetEventSlim();
        Console.WriteLine(mres.IsSet + " " + mres.Wait(10));
        var setter = new Thread(() => { Thread.Sleep(10); mres.Set(); }); setter.Start();
        Console.WriteLine(mres.Wait(10000) + " " + mres.IsSet); setter.Join();
        mres.Reset(); Console.WriteLine(mres.IsSet);
        var rw = new ReaderWriterLockSlim();
        rw.EnterReadLock(); Console.WriteLine(rw.IsReadLockHeld + " " + rw.CurrentReadCount); rw.ExitReadLock();
        rw.EnterWriteLock(); Console.WriteLine(rw.IsWriteLockHeld); rw.ExitWriteLock();
        rw.EnterUpgradeableReadLock(); rw.EnterWriteLock(); Console.WriteLine(rw.IsUpgradeableReadLockHeld + " " + rw.IsWriteLockHeld); rw.ExitWriteLock(); rw.ExitUpgradeableReadLock();
        var sl = new SpinLock(); bool taken = false; sl.Enter(ref taken); Console.WriteLine(taken + " " + sl.IsHeld); sl.Exit();
        long vl = -5; ulong vu = ulong.MaxValue; double vd = 0.25;
        Volatile.Write(ref vl, Volatile.Read(ref vl) * 3); Volatile.Write(ref vu, Volatile.Read(ref vu) - 1); Volatile.Write(ref vd, Volatile.Read(ref vd) * 2);
        Console.WriteLine(vl + " " + vu + " " + vd);
        int spun = 0; SpinWait.SpinUntil(() => ++spun >= 3); Console.WriteLine("spun " + spun);
    }
}
