// Observer pattern: a stock ticker notifies subscribers through single-cast
// delegates stored in an array (no multicast), including instance-method,
// static-method and closure subscribers, unsubscription and a throwing one.
using System;
delegate void PriceChanged(int symbol, int oldPrice, int newPrice);
delegate bool Filter(int change);
class Ticker {
    PriceChanged[] subs = new PriceChanged[8];
    Filter[] filters = new Filter[8];
    int n;
    public int[] Prices = new int[4];
    public int Errors;
    public int Subscribe(PriceChanged h, Filter f) { subs[n] = h; filters[n] = f; return n++; }
    public void Unsubscribe(int token) { subs[token] = null; }
    public void Set(int sym, int price) {
        int old = Prices[sym];
        Prices[sym] = price;
        for (int i = 0; i < n; i++) {
            PriceChanged h = subs[i];
            if (h == null) continue;
            Filter f = filters[i];
            if (f != null && !f(price - old)) continue;
            try { h(sym, old, price); }
            catch (InvalidOperationException) { Errors++; }
        }
    }
}
class Portfolio {
    public int[] Shares = new int[4];
    public long Value;
    public int Updates;
    public void OnPrice(int sym, int oldP, int newP) { Value += (long)Shares[sym] * (newP - oldP); Updates++; }
}
class Alerts {
    public static int BigMoves;
    public static void OnBig(int sym, int o, int n) { BigMoves += sym + 1; }
    public static bool IsBig(int change) { return change > 50 || change < -50; }
}
class P {
    static int Main() {
        Ticker t = new Ticker();
        Portfolio pf = new Portfolio();
        pf.Shares[0] = 10; pf.Shares[1] = 3; pf.Shares[3] = 100;
        int tok = t.Subscribe(new PriceChanged(pf.OnPrice), null);
        t.Subscribe(Alerts.OnBig, Alerts.IsBig);
        int ticks = 0; int highWater = 0;
        t.Subscribe(delegate (int s, int o, int n) { ticks++; if (n > highWater) highWater = n; }, null);
        int throwsOn = 2;
        t.Subscribe((s, o, n) => { if (s == throwsOn) throw new InvalidOperationException(); }, c => c != 0);
        t.Set(0, 100); t.Set(1, 40); t.Set(3, 7);
        if (pf.Value != 1000 + 120 + 700) return 1;
        if (Alerts.BigMoves != 1) return 2;
        t.Set(2, 500);
        if (t.Errors != 1) return 3;
        if (Alerts.BigMoves != 4) return 4;
        t.Set(2, 500);                     // no change: the thrower's filter rejects
        if (t.Errors != 1) return 5;
        t.Set(0, 90); t.Set(3, 8);
        if (pf.Value != 1820 - 100 + 100) return 6;
        t.Unsubscribe(tok);
        t.Set(3, 1000);
        if (pf.Value != 1820) return 7;
        if (pf.Updates != 7) return 8;
        if (Alerts.BigMoves != 4 + 4) return 9;
        if (ticks != 8 || highWater != 1000) return 10;
        throwsOn = 3;
        t.Set(3, 999);
        if (t.Errors != 2) return 11;
        PriceChanged d = pf.OnPrice;
        if (d.Target != pf) return 12;
        return 0;
    }
}
