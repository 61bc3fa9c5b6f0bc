// Objects reachable only from each kind of root survive collections, with
// their contents intact, while garbage is allocated around them.
using System;

class Box { public int value; public Box next; public Box(int v) { value = v; } }
struct Pair { public Box first; public int tag; public Box second; }
struct Outer { public Pair inner; public string name; public long pad; }

class Program {
    static Box staticBox;
    static Box[] staticArray;
    static int sink;

    // Churns the heap: enough garbage to trigger several collections.
    static int Churn(int rounds) {
        int total = 0;
        for (int r = 0; r < rounds; r++) {
            Box chain = null;
            for (int i = 0; i < 2000; i++) {
                chain = new Box(i) { next = chain };
                int[] junk = new int[i % 37 + 1];
                junk[0] = i;
                total += junk[0] & 1;
            }
            total += chain.value;
        }
        sink += total;
        return total;
    }

    static int Sum(Box a, int churned, Box b) { return a.value + b.value + (churned >= 0 ? 0 : 1); }
    static int Check(Box a, Box b) { return a.value * 1000 + b.value; }

    static int ByRef(ref Box slot, ref Pair pair) {
        Churn(40);
        return slot.value + pair.first.value + pair.second.value;
    }

    static int ElementByRef(ref Box element) {
        Churn(40);
        element = new Box(element.value + 1);
        Churn(40);
        return element.value;
    }

    static Box Deep(int depth) {
        Box local = new Box(depth);
        if (depth > 0) {
            Box below = Deep(depth - 1);
            if (below.value != depth - 1) return null;
        } else {
            Churn(40);
        }
        return local;
    }

    static int Main() {
        int failures = 0;

        // a local
        Box local = new Box(11);
        Churn(50);
        if (local.value != 11) failures |= 1;

        // the evaluation stack: the first argument waits while the second allocates
        if (Sum(new Box(5), Churn(50), new Box(7)) != 12) failures |= 2;
        if (Check(new Box(3), Deep(30)) != 3030) failures |= 4;

        // statics
        staticBox = new Box(21);
        staticArray = new Box[100];
        for (int i = 0; i < staticArray.Length; i++) staticArray[i] = new Box(i * 3);
        Churn(50);
        int s = 0;
        foreach (Box b in staticArray) s += b.value;
        if (staticBox.value != 21 || s != 14850) failures |= 8;

        // structs with references in locals, nested
        Outer outer = new Outer();
        outer.inner.first = new Box(100);
        outer.inner.second = new Box(200);
        outer.name = "outer";
        Churn(50);
        if (outer.inner.first.value + outer.inner.second.value != 300) failures |= 16;

        // managed pointers to a local, a struct and an array element
        Box viaRef = new Box(1);
        Pair pair = new Pair { first = new Box(10), second = new Box(100) };
        if (ByRef(ref viaRef, ref pair) != 111) failures |= 32;
        Box[] array = new Box[3];
        array[1] = new Box(41);
        if (ElementByRef(ref array[1]) != 42 || array[1].value != 42) failures |= 64;

        // arrays of structs holding references
        Pair[] pairs = new Pair[500];
        for (int i = 0; i < pairs.Length; i++) { pairs[i].first = new Box(i); pairs[i].second = new Box(-i); pairs[i].tag = i; }
        Churn(50);
        for (int i = 0; i < pairs.Length; i++)
            if (pairs[i].first.value != i || pairs[i].second.value != -i || pairs[i].tag != i) failures |= 128;

        // multi-dimensional arrays of references
        Box[,] grid = new Box[20, 30];
        for (int i = 0; i < 20; i++) for (int j = 0; j < 30; j++) grid[i, j] = new Box(i * 30 + j);
        Churn(50);
        for (int i = 0; i < 20; i++) for (int j = 0; j < 30; j++) if (grid[i, j].value != i * 30 + j) failures |= 256;

        // boxed structs and delegates
        object boxed = pair;
        Func<int> closure = () => local.value + pair.second.value;
        Churn(50);
        if (((Pair)boxed).first.value != 10 || closure() != 111) failures |= 512;

        // a long list reachable from one local (the marker must not recurse)
        Box list = null;
        for (int i = 0; i < 300000; i++) list = new Box(i) { next = list };
        Churn(20);
        int n = 0;
        for (Box b = list; b != null; b = b.next) n++;
        if (n != 300000) failures |= 1024;
        return failures;
    }
}
