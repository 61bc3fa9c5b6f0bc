using System;
using System.Linq;
using System.Linq.Expressions;
// Expression trees built, inspected and printed (compiling them needs
// Reflection.Emit, which Lucid does not have, so Compile is left out).
class Exprs {
    static void Main() {
        Expression<Func<int, int, int>> add = (a, b) => a + b * 2;
        Console.WriteLine(add + " | " + add.Body.NodeType + " " + add.Parameters.Count + " " + add.ReturnType.Name);
        var body = (BinaryExpression)add.Body;
        Console.WriteLine(body.Left + " " + body.Right.NodeType + " " + ((BinaryExpression)body.Right).Right);
        var x = Expression.Parameter(typeof(double), "x");
        var square = Expression.Lambda<Func<double, double>>(Expression.Multiply(x, x), x);
        Console.WriteLine(square + " " + square.Type.Name);
        Expression<Func<string, bool>> pred = s => s.Length > 3 && s.StartsWith("a");
        Console.WriteLine(pred);
        var call = (MethodCallExpression)((BinaryExpression)pred.Body).Right;
        Console.WriteLine(call.Method.Name + " " + call.Arguments.Count + " " + call.Object);
        var cond = Expression.Condition(Expression.Constant(true), Expression.Constant("yes"), Expression.Constant("no"));
        Console.WriteLine(cond + " " + cond.Type.Name);
        Expression<Func<int[], int>> linq = arr => arr.Where(v => v > 1).Sum();
        Console.WriteLine(linq);
        var newExpr = Expression.New(typeof(System.Text.StringBuilder).GetConstructor(new[] { typeof(string) }), Expression.Constant("sb"));
        Console.WriteLine(newExpr + " " + Expression.Convert(Expression.Constant(1), typeof(long)) + " " + Expression.ArrayLength(Expression.Parameter(typeof(int[]), "a")));
        var visitor = new CountingVisitor(); visitor.Visit(add); Console.WriteLine("nodes visited " + visitor.Count);
    }
}
class CountingVisitor : ExpressionVisitor { public int Count; public override Expression Visit(Expression node) { if (node != null) Count++; return base.Visit(node); } }
