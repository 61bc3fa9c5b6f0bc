import math, sys
OPS = ["beq", "bne.un", "bge", "bge.un", "bgt", "bgt.un", "ble", "ble.un", "blt", "blt.un"]
def expect(op, a, b, unsigned_of):
    # a, b python numbers (floats may be nan); unsigned_of maps to unsigned for .un integer ops
    isf = isinstance(a, float)
    un = op.endswith(".un")
    if isf:
        unordered = math.isnan(a) or math.isnan(b)
        base = op.split(".")[0]
        if base == "beq": return (not unordered) and a == b
        if base == "bne": return unordered or a != b
        rel = {"bge": lambda: a >= b, "bgt": lambda: a > b, "ble": lambda: a <= b, "blt": lambda: a < b}[base]
        return (un and unordered) or (not unordered and rel())
    if un and op != "bne.un":
        a, b = unsigned_of(a), unsigned_of(b)
    base = op.split(".")[0]
    return {"beq": a == b, "bne": a != b, "bge": a >= b, "bgt": a > b, "ble": a <= b, "blt": a < b}[base]

def gen(name, header, loads, pairs, unsigned_of, extra=""):
    out = [header, ".assembly extern mscorlib {}", f".assembly {name} {{}}",
           ".class public P extends [mscorlib]System.Object {",
           "  .method static int32 Main() {", "    .entrypoint", "    .maxstack 4"]
    k = 0
    for op in OPS:
        for short in (False, True):
            for (a, b) in pairs:
                k += 1
                want = 1 if expect(op, a, b, unsigned_of) else 0
                o = op + (".s" if short else "")
                out.append(f"    // case {k}: {o} {a!r} {b!r} -> {want}")
                out += ["    " + l for l in loads(a)] + ["    " + l for l in loads(b)]
                out += [f"    {o} T{k}", "    ldc.i4.0", f"    br J{k}", f"  T{k}: ldc.i4.1",
                        f"  J{k}: ldc.i4.{want}", f"    beq.s OK{k}", f"    ldc.i4 {min(k, 255)}", "    ret", f"  OK{k}:"]
    out.append(extra)
    out += ["    ldc.i4.0", "    ret", "  }", "}"]
    return "\n".join(out) + "\n", k
