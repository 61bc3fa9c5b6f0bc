// GCHandle: normal handles keep their target alive, pinned handles keep
// it in place (its address stays valid while the collector compacts
// around it), freed handles are no longer allocated.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

class Node { public int Value; public Node(int v) { Value = v; } }

class Program {
    [MethodImpl(MethodImplOptions.NoInlining)]
    static GCHandle MakeNormal() { return GCHandle.Alloc(new Node(11)); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Churn() {
        object[] junk = new object[2000];
        for (int round = 0; round < 20; round++)
            for (int i = 0; i < junk.Length; i++)
                junk[i] = new byte[i % 100 + 1];
    }

    static int Main() {
        var normal = MakeNormal();
        GC.Collect();
        Console.WriteLine("normal: " + ((Node)normal.Target).Value);

        var numbers = new int[64];
        for (int i = 0; i < numbers.Length; i++)
            numbers[i] = i * i;
        var pinned = GCHandle.Alloc(numbers, GCHandleType.Pinned);
        IntPtr address = pinned.AddrOfPinnedObject();
        Churn();
        GC.Collect();
        Churn();
        GC.Collect();
        Console.WriteLine("pinned address unchanged: " + (address == pinned.AddrOfPinnedObject()));
        Console.WriteLine("read through the address: " + Marshal.ReadInt32(address, 4 * 9) + " " + Marshal.ReadInt32(address, 4 * 63));
        Marshal.WriteInt32(address, 0, 1234);
        Console.WriteLine("written through the address: " + numbers[0]);
        pinned.Free();

        var text = "pinned string";
        var pinnedText = GCHandle.Alloc(text, GCHandleType.Pinned);
        Console.WriteLine("string chars: " + Marshal.PtrToStringUni(pinnedText.AddrOfPinnedObject()));
        pinnedText.Free();

        try {
            normal.AddrOfPinnedObject();
        } catch (InvalidOperationException e) {
            Console.WriteLine("not pinned: " + e.GetType().Name);
        }
        var asPointer = GCHandle.ToIntPtr(normal);
        Console.WriteLine("round trip: " + ((Node)GCHandle.FromIntPtr(asPointer).Target).Value);
        normal.Free();
        Console.WriteLine("freed: " + normal.IsAllocated);
        try {
            var t = normal.Target;
            Console.WriteLine("target of freed handle: " + t);
        } catch (InvalidOperationException e) {
            Console.WriteLine("target of freed handle: " + e.GetType().Name);
        }

        // Many handles, freed in a different order from their allocation.
        var handles = new GCHandle[500];
        for (int i = 0; i < handles.Length; i++)
            handles[i] = GCHandle.Alloc(new Node(i));
        for (int i = 0; i < handles.Length; i += 2)
            handles[i].Free();
        Churn();
        GC.Collect();
        int sum = 0;
        for (int i = 1; i < handles.Length; i += 2)
            sum += ((Node)handles[i].Target).Value;
        Console.WriteLine("sum of odd targets: " + sum);
        for (int i = 1; i < handles.Length; i += 2)
            handles[i].Free();
        return 0;
    }
}
