using System;
using System.Collections.Generic;
class PriceArgs : EventArgs { public decimal Old, New; }
class Stock {
    public event EventHandler<PriceArgs> Changed;
    public event Action<string> Named;
    EventHandler custom; public int AddCalls, RemoveCalls;
    public event EventHandler Custom { add { AddCalls++; custom += value; } remove { RemoveCalls++; custom -= value; } }
    public static event Action<int> Global;
    decimal price;
    public decimal Price {
        get { return price; }
        set { var old = price; price = value; var h = Changed; if (h != null) h(this, new PriceArgs { Old = old, New = value }); }
    }
    public void Rename(string n) { Named?.Invoke(n); }
    public void FireCustom() { if (custom != null) custom(this, EventArgs.Empty); }
    public static void FireGlobal(int x) { if (Global != null) Global(x); }
    public int HandlerCount { get { return Changed == null ? 0 : Changed.GetInvocationList().Length; } }
}
class Events {
    static List<string> log = new List<string>();
    static void OnChange(object s, PriceArgs e) { log.Add("static " + e.Old + "->" + e.New); }
    void OnChangeInstance(object s, PriceArgs e) { log.Add("instance " + e.New); }
    static void Main() {
        var st = new Stock(); var me = new Events();
        st.Changed += OnChange; st.Changed += me.OnChangeInstance; st.Changed += (s, e) => log.Add("lambda " + (s == st));
        st.Price = 10; st.Price = 12.5m;
        Console.WriteLine(string.Join("; ", log) + " | " + st.HandlerCount); log.Clear();
        st.Changed -= me.OnChangeInstance; st.Changed -= me.OnChangeInstance;
        st.Price = 1;
        Console.WriteLine(string.Join("; ", log) + " | " + st.HandlerCount); log.Clear();
        st.Rename("none subscribed");
        st.Named += n => log.Add("named " + n); st.Rename("ACME");
        EventHandler h = (s, e) => log.Add("custom " + (e == EventArgs.Empty));
        st.Custom += h; st.FireCustom(); st.Custom -= h; st.FireCustom();
        Console.WriteLine(string.Join("; ", log) + " | add " + st.AddCalls + " remove " + st.RemoveCalls); log.Clear();
        Action<int> g1 = x => log.Add("g1 " + x), g2 = x => log.Add("g2 " + x * 2);
        Stock.Global += g1; Stock.Global += g2; Stock.FireGlobal(5); Stock.Global -= g1; Stock.FireGlobal(6);
        Console.WriteLine(string.Join("; ", log)); log.Clear();
        Action a = () => log.Add("a"), b = () => log.Add("b");
        var ab = a + b; var aba = ab + a; var removed = aba - a; var none = a - a;
        aba(); log.Add("|"); removed(); 
        Console.WriteLine(string.Join("", log) + " " + (none == null) + " " + aba.GetInvocationList().Length + " " + (ab - ab == null) + " " + Delegate.Combine(a, null).Equals(a)); log.Clear();
        Func<int> f1 = () => 1, f2 = () => 2; var both = f1 + f2;
        Console.WriteLine(both() + " " + (f1 == f1) + " " + (f1.Equals((Func<int>)(() => 1))) + " " + ((Action)Console.WriteLine).Method.Name);
        try { Action thrower = () => { throw new InvalidOperationException("in handler"); }; (thrower + a)(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message + " " + log.Count); }
    }
}
