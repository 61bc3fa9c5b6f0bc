// Generic structs: a generic Optional<T>, a generic pair of structs, arrays
// of generic structs, generic struct holding a reference, methods on generic
// structs mutating through `this`, and a generic stack built on an array
// (of reference and primitive elements: `stelem T` of a struct is not yet run).
struct Opt<T> {
    bool has; T val;
    public Opt(T v) { has = true; val = v; }
    public bool Has { get { return has; } }
    public T Or(T d) { return has ? val : d; }
}
struct KV<K, V> { public K Key; public V Value; public void Set(K k, V v) { Key = k; Value = v; } }
class Stack<T> {
    T[] items = new T[2]; int n;
    public void Push(T x) { if (n == items.Length) { T[] b = new T[n * 2]; for (int i = 0; i < n; i++) b[i] = items[i]; items = b; } items[n++] = x; }
    public T Pop() { return items[--n]; }
    public int Count { get { return n; } }
}
class P {
    static int Main() {
        Opt<int> none = new Opt<int>();
        Opt<int> some = new Opt<int>(5);
        if (none.Has || !some.Has) return 1;
        if (none.Or(3) != 3 || some.Or(3) != 5) return 2;
        Opt<string> os = new Opt<string>("q");
        if (os.Or(null) == null) return 3;
        KV<int, long>[] kvs = new KV<int, long>[4];
        for (int i = 0; i < 4; i++) kvs[i].Set(i, i * 1000000000L);
        if (kvs[3].Value != 3000000000L || kvs[2].Key != 2) return 4;
        KV<string, Opt<long>> nested = new KV<string, Opt<long>>();
        nested.Set("k", new Opt<long>(9));
        if (nested.Value.Or(0) != 9) return 5;
        Stack<long> st = new Stack<long>();
        for (int i = 0; i < 10; i++) { KV<int, int> kv = new KV<int, int>(); kv.Set(i, i * i); st.Push(kv.Key * 100L + kv.Value); }
        if (st.Count != 10) return 6;
        long sum = 0;
        while (st.Count > 0) sum += st.Pop();
        if (sum != 4500 + 285) return 7;
        Stack<string> so = new Stack<string>();
        so.Push("a"); so.Push(null); so.Push("c");
        if (so.Pop() == null) return 8;
        if (so.Pop() != null || so.Count != 1) return 9;
        return 0;
    }
}
