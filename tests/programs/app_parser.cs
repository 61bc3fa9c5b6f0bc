// Tokenizer + recursive-descent parser/evaluator over a char[] built by
// explicit element assignment. Grammar: expr := term (('+'|'-') term)*,
// term := unary (('*'|'/'|'%') unary)*, unary := '-' unary | atom,
// atom := number | '(' expr ')' | 'max' '(' expr ',' expr ')'.
using System;
enum Tok { Num, Plus, Minus, Star, Slash, Percent, LParen, RParen, Comma, Max, End }
class ParseError : Exception { public int Pos; public ParseError(int p) { Pos = p; } }
class Lexer {
    char[] src; int pos;
    public Tok Kind; public int Value; public int Start;
    public Lexer(char[] s) { src = s; Next(); }
    static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
    public void Next() {
        while (pos < src.Length && src[pos] == ' ') pos++;
        Start = pos;
        if (pos >= src.Length) { Kind = Tok.End; return; }
        char c = src[pos];
        if (IsDigit(c)) {
            int v = 0;
            while (pos < src.Length && IsDigit(src[pos])) { v = v * 10 + (src[pos] - '0'); pos++; }
            Kind = Tok.Num; Value = v; return;
        }
        if (c == 'm' && pos + 2 < src.Length && src[pos + 1] == 'a' && src[pos + 2] == 'x') { pos += 3; Kind = Tok.Max; return; }
        pos++;
        switch (c) {
            case '+': Kind = Tok.Plus; break;
            case '-': Kind = Tok.Minus; break;
            case '*': Kind = Tok.Star; break;
            case '/': Kind = Tok.Slash; break;
            case '%': Kind = Tok.Percent; break;
            case '(': Kind = Tok.LParen; break;
            case ')': Kind = Tok.RParen; break;
            case ',': Kind = Tok.Comma; break;
            default: throw new ParseError(Start);
        }
    }
}
class Parser {
    Lexer lx;
    public int Nodes;
    public Parser(char[] s) { lx = new Lexer(s); }
    void Expect(Tok t) { if (lx.Kind != t) throw new ParseError(lx.Start); lx.Next(); }
    public int ParseAll() { int v = Expr(); Expect(Tok.End); return v; }
    int Expr() {
        int v = Term();
        while (lx.Kind == Tok.Plus || lx.Kind == Tok.Minus) {
            Tok op = lx.Kind; lx.Next();
            int r = Term(); Nodes++;
            v = op == Tok.Plus ? v + r : v - r;
        }
        return v;
    }
    int Term() {
        int v = Unary();
        while (lx.Kind == Tok.Star || lx.Kind == Tok.Slash || lx.Kind == Tok.Percent) {
            Tok op = lx.Kind; lx.Next();
            int r = Unary(); Nodes++;
            if (op == Tok.Star) v *= r; else if (op == Tok.Slash) v /= r; else v %= r;
        }
        return v;
    }
    int Unary() {
        if (lx.Kind == Tok.Minus) { lx.Next(); Nodes++; return -Unary(); }
        return Atom();
    }
    int Atom() {
        switch (lx.Kind) {
            case Tok.Num: { int v = lx.Value; lx.Next(); Nodes++; return v; }
            case Tok.LParen: { lx.Next(); int v = Expr(); Expect(Tok.RParen); return v; }
            case Tok.Max: {
                lx.Next(); Expect(Tok.LParen);
                int a = Expr(); Expect(Tok.Comma);
                int b = Expr(); Expect(Tok.RParen); Nodes++;
                return a > b ? a : b;
            }
            default: throw new ParseError(lx.Start);
        }
    }
}
class P {
    static char[] buf = new char[64];
    static int len;
    static void Put(char c) { buf[len++] = c; }
    static char[] Take() { char[] r = new char[len]; for (int i = 0; i < len; i++) r[i] = buf[i]; len = 0; return r; }
    static int Eval(char[] s, out int nodes) { Parser p = new Parser(s); int v = p.ParseAll(); nodes = p.Nodes; return v; }
    static int Main() {
        int nodes;
        // "12 + 3*(4-1)"
        Put('1'); Put('2'); Put(' '); Put('+'); Put(' '); Put('3'); Put('*'); Put('('); Put('4'); Put('-'); Put('1'); Put(')');
        if (Eval(Take(), out nodes) != 21) return 1;
        if (nodes != 7) return 2;
        // "-(7%4)*max(2,10/3)-100"
        Put('-'); Put('('); Put('7'); Put('%'); Put('4'); Put(')'); Put('*');
        Put('m'); Put('a'); Put('x'); Put('('); Put('2'); Put(','); Put('1'); Put('0'); Put('/'); Put('3'); Put(')');
        Put('-'); Put('1'); Put('0'); Put('0');
        if (Eval(Take(), out nodes) != -109) return 3;
        // "2*(3+4" -> error at end (pos 6)
        Put('2'); Put('*'); Put('('); Put('3'); Put('+'); Put('4');
        try { Eval(Take(), out nodes); return 4; } catch (ParseError e) { if (e.Pos != 6) return 5; }
        // "1 $ 2" -> error at pos 2
        Put('1'); Put(' '); Put('$'); Put(' '); Put('2');
        try { Eval(Take(), out nodes); return 6; } catch (ParseError e) { if (e.Pos != 2) return 7; }
        // deep nesting: ((((...(1)...)))) + 1 with 20 levels
        for (int i = 0; i < 20; i++) Put('(');
        Put('9');
        for (int i = 0; i < 20; i++) Put(')');
        Put('+'); Put('1');
        if (Eval(Take(), out nodes) != 10) return 8;
        // 1/0 -> DivideByZeroException escapes the parser
        Put('1'); Put('/'); Put('0');
        try { Eval(Take(), out nodes); return 9; } catch (DivideByZeroException) { }
        return 0;
    }
}
