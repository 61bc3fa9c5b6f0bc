/*
 * test_types.c - the type loader: identity, layout, vtables, interface
 * maps, and refusals with reasons.
 *
 * The broad check loads every non-generic type of mscorlib, System and
 * System.Core; the narrow ones pin facts Mono's corlib contract and
 * ECMA-335 fix (String and array shapes, primitive sizes, Object's
 * vtable) and the behaviour on the hostile types of fixtures/badtypes.il.
 */
#include <stdlib.h>

#include "loader/loader.h"
#include "unit.h"

static LdLoader *loader;

static LdMethodTable *named(LdAssembly *assembly, const char *full_name) {
    LdError error;
    LdTypeDef found;
    if (!ld_find_type_by_full_name(assembly, full_name, &found, &error)) {
        printf("  %s\n", error.message);
        return NULL;
    }
    return ld_type_from_typedef(found.assembly, found.rid, &error);
}

static LdMethodTable *corlib(const char *full_name) {
    return named(ld_corlib(loader), full_name);
}

static LdMethodTable *loaded(LdMethodTable *type) {
    LdError error;
    if (type && !ld_type_load(type, &error)) {
        printf("  %s\n", error.message);
        return NULL;
    }
    return type;
}

static const LdField *field(const LdMethodTable *type, const char *name) {
    for (uint32_t i = 0; i < type->klass->field_count; i++)
        if (!strcmp(type->klass->fields[i].name, name))
            return &type->klass->fields[i];
    return NULL;
}

static void test_every_core_type_loads(void) {
    const char *names[] = {"mscorlib", "System", "System.Core"};
    uint32_t ok = 0, failed = 0;
    for (int a = 0; a < 3; a++) {
        LdError error;
        LdAssembly *assembly = ld_load_by_name(loader, names[a], &error);
        CHECK(assembly != NULL);
        for (uint32_t rid = 1; assembly && rid <= img_row_count(assembly->image, IMG_TABLE_TYPEDEF); rid++) {
            LdMethodTable *type = ld_type_from_typedef(assembly, rid, &error);
            if (type && (type->flags & LD_MT_GENERIC_DEFINITION))
                continue;
            if (type && ld_type_load(type, &error) && ld_type_prepare_statics(type, &error)) {
                ok++;
            } else {
                if (failed++ < 5)
                    printf("  %s: %s\n", names[a], error.message);
            }
        }
    }
    printf("  %u types loaded\n", ok);
    CHECK(ok > 5000);
    CHECK_EQ(failed, 0);
}

static void test_corlib_shapes(void) {
    LdMethodTable *string = loaded(corlib("System.String"));
    CHECK(string != NULL);
    if (string) {
        CHECK(string->flags & LD_MT_STRING);
        CHECK_EQ(string->elem, IMG_ELEMENT_STRING);
        CHECK_EQ(string->component_size, 2);
        CHECK_EQ(string->base_size, LD_STRING_CHARS_OFFSET + 2);
        CHECK_EQ(field(string, "_stringLength")->offset + LD_OBJECT_HEADER_SIZE, LD_STRING_LENGTH_OFFSET);
        CHECK_EQ(field(string, "_firstChar")->offset + LD_OBJECT_HEADER_SIZE, LD_STRING_CHARS_OFFSET);
        CHECK_EQ(string->gc_series_count, 0);
    }
    static const struct { const char *name; uint8_t elem; uint32_t size; } primitives[] = {
        {"System.Boolean", IMG_ELEMENT_BOOLEAN, 1}, {"System.Char", IMG_ELEMENT_CHAR, 2},
        {"System.SByte", IMG_ELEMENT_I1, 1}, {"System.Byte", IMG_ELEMENT_U1, 1},
        {"System.Int16", IMG_ELEMENT_I2, 2}, {"System.UInt16", IMG_ELEMENT_U2, 2},
        {"System.Int32", IMG_ELEMENT_I4, 4}, {"System.UInt32", IMG_ELEMENT_U4, 4},
        {"System.Int64", IMG_ELEMENT_I8, 8}, {"System.UInt64", IMG_ELEMENT_U8, 8},
        {"System.Single", IMG_ELEMENT_R4, 4}, {"System.Double", IMG_ELEMENT_R8, 8},
        {"System.IntPtr", IMG_ELEMENT_I, 8}, {"System.UIntPtr", IMG_ELEMENT_U, 8},
    };
    for (size_t i = 0; i < sizeof primitives / sizeof primitives[0]; i++) {
        LdMethodTable *t = loaded(corlib(primitives[i].name));
        CHECK(t != NULL);
        if (!t)
            continue;
        CHECK_EQ(t->kind, LD_KIND_VALUETYPE);
        CHECK(t->flags & LD_MT_PRIMITIVE);
        CHECK_EQ(t->elem, primitives[i].elem);
        CHECK_EQ(t->value_size, primitives[i].size);
        CHECK_EQ(t->base_size, LD_MIN_OBJECT_SIZE); /* boxed: header + value, at least three words */
    }
    /* An enum computes as its underlying type. */
    LdMethodTable *day = loaded(corlib("System.DayOfWeek"));
    CHECK(day && (day->flags & LD_MT_ENUM) && day->elem == IMG_ELEMENT_I4 && day->value_size == 4);
    CHECK(day && day->element == corlib("System.Int32"));
    /* Object's vtable: Equals, Finalize, GetHashCode, ToString; String overrides ToString in place. */
    LdMethodTable *object = loaded(corlib("System.Object"));
    CHECK(object && object->vtable_count == 4 && object->parent == NULL);
    if (object && string) {
        uint32_t to_string = LD_SLOT_NONE;
        for (uint32_t s = 0; s < object->vtable_count; s++)
            if (!strcmp(object->vtable[s]->name, "ToString"))
                to_string = s;
        CHECK(to_string != LD_SLOT_NONE);
        CHECK(to_string != LD_SLOT_NONE && string->vtable[to_string]->owner == string);
        CHECK(!(object->flags & LD_MT_HAS_FINALIZER));
    }
    /* Exception is Sequential: the runtime reads its fields in declaration order. */
    LdMethodTable *exception = loaded(corlib("System.Exception"));
    CHECK(exception && field(exception, "_className")->offset == 0 && field(exception, "_message")->offset == 8);
    CHECK(exception && (exception->flags & LD_MT_CONTAINS_REFS));
}

static void test_generic_identity_and_layout(void) {
    LdError error;
    LdMethodTable *int32 = corlib("System.Int32"), *string = corlib("System.String");
    LdMethodTable *list = corlib("System.Collections.Generic.List`1");
    CHECK(list && (list->flags & LD_MT_GENERIC_DEFINITION));
    CHECK(list && !ld_type_load(list, &error) && strstr(error.message, "open"));
    LdMethodTable *args[2] = {int32, string};
    LdMethodTable *list_int = ld_instantiate(list, 1, args, &error);
    CHECK(list_int && list_int == ld_instantiate(list, 1, args, &error));
    CHECK(!ld_instantiate(list, 2, args, &error) && strstr(error.message, "takes 1 generic arguments"));
    CHECK(loaded(list_int) && list_int->klass->definition == list);
    char name[128];
    ld_type_name(list_int, name, sizeof name);
    CHECK_STR(name, "System.Collections.Generic.List`1<System.Int32>");
    /* List<int> implements IList<int>: every interface method has a slot. */
    LdMethodTable *ilist = ld_instantiate(corlib("System.Collections.Generic.IList`1"), 1, args, &error);
    bool found = false;
    for (uint32_t i = 0; list_int && i < list_int->interface_count; i++) {
        if (list_int->interfaces[i].interface != ilist)
            continue;
        found = true;
        for (uint32_t k = 0; k < ilist->vtable_count; k++) {
            uint32_t slot = list_int->interfaces[i].slots[k];
            CHECK(slot < list_int->vtable_count);
            if (slot < list_int->vtable_count)
                CHECK_STR(list_int->vtable[slot]->name, ilist->vtable[k]->name);
        }
    }
    CHECK(found);
    /* KeyValuePair<int,string>: key at 0, value at 8, one reference slot. */
    LdMethodTable *pair = loaded(ld_instantiate(corlib("System.Collections.Generic.KeyValuePair`2"), 2, args, &error));
    CHECK(pair && pair->kind == LD_KIND_VALUETYPE && pair->value_size == 16);
    CHECK(pair && pair->gc_series_count == 1 && pair->gc_series[0].offset == 8 && pair->gc_series[0].count == 1);
    LdMethodTable *nullable = loaded(ld_instantiate(corlib("System.Nullable`1"), 1, args, &error));
    CHECK(nullable && (nullable->flags & LD_MT_NULLABLE) && nullable->element == int32 && nullable->value_size == 8);
    /* Arrays: one type per element and rank, with Mono's shape. */
    LdMethodTable *ints = loaded(ld_szarray_of(int32, &error));
    CHECK(ints && ints == ld_szarray_of(int32, &error));
    CHECK(ints && ints->base_size == LD_ARRAY_DATA_OFFSET && ints->component_size == 4 && !ints->gc_series_count);
    LdMethodTable *grid = loaded(ld_array_of(string, 2, &error));
    CHECK(grid && grid != ld_array_of(string, 3, &error) && grid == ld_array_of(string, 2, &error));
    CHECK(grid && (grid->flags & LD_MT_CONTAINS_REFS) && grid->component_size == 8);
    ld_type_name(grid, name, sizeof name);
    CHECK_STR(name, "System.String[,]");
    /* int[] is an IList<int> too. */
    found = false;
    for (uint32_t i = 0; ints && i < ints->interface_count; i++)
        found |= ints->interfaces[i].interface == ilist;
    CHECK(found);
    /* Pointers and byrefs cannot be generic arguments. */
    LdMethodTable *byref = ld_byref_to(int32, &error);
    CHECK(byref && !ld_instantiate(list, 1, &byref, &error) && strstr(error.message, "cannot be a generic argument"));
}

static void expect_refused(LdAssembly *assembly, const char *name, const char *reason) {
    LdError error;
    LdMethodTable *type = named(assembly, name);
    CHECK(type != NULL);
    if (!type)
        return;
    bool ok = ld_type_load(type, &error);
    CHECK(!ok);
    if (!ok && !strstr(error.message, reason))
        printf("  %s: \"%s\" lacks \"%s\"\n", name, error.message, reason);
    CHECK(ok || strstr(error.message, reason) != NULL);
    /* The failure is remembered. */
    LdError again;
    CHECK(!ld_type_load(type, &again) && !strcmp(again.message, error.message));
}

static void test_refusals_and_acceptances(void) {
    LdError error;
    LdAssembly *bad = ld_load_file(loader, "tests/fixtures/badtypes.dll", &error);
    CHECK(bad != NULL);
    if (!bad)
        return;
    expect_refused(bad, "BadTypes.SelfHolding", "contains itself");
    expect_refused(bad, "BadTypes.PingStruct", "contains itself");
    expect_refused(bad, "BadTypes.ForgedReference", "overlaps the reference at offset 0");
    expect_refused(bad, "BadTypes.UnalignedReference", "unaligned offset 4");
    expect_refused(bad, "BadTypes.DerivesFromInterface", "cannot derive from BadTypes.ISomething");
    expect_refused(bad, "BadTypes.Lazy", "does not implement BadTypes.IWork::Work");

    LdMethodTable *parent = loaded(named(bad, "BadTypes.Parent"));
    CHECK(parent && loaded(named(bad, "BadTypes.Child")));
    CHECK(parent && parent->gc_series_count == 1);
    LdMethodTable *self = loaded(named(bad, "BadTypes.WithStaticSelf"));
    CHECK(self && ld_type_prepare_statics(self, &error));
    CHECK(self && self->klass->static_plain_size == 8 && field(self, "Empty")->static_kind == LD_STATIC_PLAIN);
    LdMethodTable *shared = loaded(named(bad, "BadTypes.SharedReference"));
    CHECK(shared && shared->value_size == 16 && shared->gc_series_count == 1 && shared->gc_series[0].count == 1);
    LdMethodTable *finalizable = loaded(named(bad, "BadTypes.Finalizable"));
    CHECK(finalizable && (finalizable->flags & LD_MT_HAS_FINALIZER));
    CHECK(finalizable && finalizable->interface_count == 1);
    if (finalizable && finalizable->interface_count == 1) {
        uint32_t slot = finalizable->interfaces[0].slots[0];
        CHECK(slot < finalizable->vtable_count);
        CHECK(slot < finalizable->vtable_count &&
              !strcmp(finalizable->vtable[slot]->name, "BadTypes.IWork.Work"));
    }
}

int main(void) {
    LdConfig config = {0};
    LdError error;
    loader = ld_create(&config, &error);
    if (!loader) {
        printf("ld_create: %s\n0 passed, 1 failed\n", error.message);
        return 1;
    }
    RUN(test_every_core_type_loads);
    RUN(test_corlib_shapes);
    RUN(test_generic_identity_and_layout);
    RUN(test_refusals_and_acceptances);
    ld_destroy(loader);
    UNIT_END();
}
