/*
 * tables.c - the static shape of every metadata table (ECMA-335 II.22 and
 * the portable PDB tables) and of every coded index (II.24.2.6).
 *
 * Widths are not here: they depend on each image's heap sizes and row
 * counts and are computed by img_open. Keeping the schema as data lets one
 * loop size, validate and print every table, so a new table costs a line.
 */
#include "image/image.h"
#include "image/internal.h"

#define U16(n) {n, IMG_COL_U16, 0}
#define U32(n) {n, IMG_COL_U32, 0}
#define U8PAD(n) {n, IMG_COL_U8PAD, 0}
#define STR(n) {n, IMG_COL_STRING, 0}
#define GUID(n) {n, IMG_COL_GUID, 0}
#define BLOB(n) {n, IMG_COL_BLOB, 0}
#define TAB(n, t) {n, IMG_COL_TABLE, IMG_TABLE_##t}
#define LIST(n, t) {n, IMG_COL_LIST, IMG_TABLE_##t}
#define CODED(n, k) {n, IMG_COL_CODED, IMG_CODED_##k}
#define TABLE(id, label, ...)                                                       \
    [IMG_TABLE_##id] = {label, sizeof((ImgColumnSchema[]){__VA_ARGS__}) / sizeof(ImgColumnSchema), \
                        {__VA_ARGS__}}

const ImgTableSchema img_table_schema[IMG_TABLE_COUNT] = {
    TABLE(MODULE, "Module", U16("Generation"), STR("Name"), GUID("Mvid"), GUID("EncId"),
          GUID("EncBaseId")),
    TABLE(TYPEREF, "TypeRef", CODED("ResolutionScope", RESOLUTIONSCOPE), STR("TypeName"),
          STR("TypeNamespace")),
    TABLE(TYPEDEF, "TypeDef", U32("Flags"), STR("TypeName"), STR("TypeNamespace"),
          CODED("Extends", TYPEDEFORREF), LIST("FieldList", FIELD), LIST("MethodList", METHODDEF)),
    TABLE(FIELDPTR, "FieldPtr", TAB("Field", FIELD)),
    TABLE(FIELD, "Field", U16("Flags"), STR("Name"), BLOB("Signature")),
    TABLE(METHODPTR, "MethodPtr", TAB("Method", METHODDEF)),
    TABLE(METHODDEF, "MethodDef", U32("RVA"), U16("ImplFlags"), U16("Flags"), STR("Name"),
          BLOB("Signature"), LIST("ParamList", PARAM)),
    TABLE(PARAMPTR, "ParamPtr", TAB("Param", PARAM)),
    TABLE(PARAM, "Param", U16("Flags"), U16("Sequence"), STR("Name")),
    TABLE(INTERFACEIMPL, "InterfaceImpl", TAB("Class", TYPEDEF), CODED("Interface", TYPEDEFORREF)),
    TABLE(MEMBERREF, "MemberRef", CODED("Class", MEMBERREFPARENT), STR("Name"), BLOB("Signature")),
    TABLE(CONSTANT, "Constant", U8PAD("Type"), CODED("Parent", HASCONSTANT), BLOB("Value")),
    TABLE(CUSTOMATTRIBUTE, "CustomAttribute", CODED("Parent", HASCUSTOMATTRIBUTE),
          CODED("Type", CUSTOMATTRIBUTETYPE), BLOB("Value")),
    TABLE(FIELDMARSHAL, "FieldMarshal", CODED("Parent", HASFIELDMARSHAL), BLOB("NativeType")),
    TABLE(DECLSECURITY, "DeclSecurity", U16("Action"), CODED("Parent", HASDECLSECURITY),
          BLOB("PermissionSet")),
    TABLE(CLASSLAYOUT, "ClassLayout", U16("PackingSize"), U32("ClassSize"), TAB("Parent", TYPEDEF)),
    TABLE(FIELDLAYOUT, "FieldLayout", U32("Offset"), TAB("Field", FIELD)),
    TABLE(STANDALONESIG, "StandAloneSig", BLOB("Signature")),
    TABLE(EVENTMAP, "EventMap", TAB("Parent", TYPEDEF), LIST("EventList", EVENT)),
    TABLE(EVENTPTR, "EventPtr", TAB("Event", EVENT)),
    TABLE(EVENT, "Event", U16("EventFlags"), STR("Name"), CODED("EventType", TYPEDEFORREF)),
    TABLE(PROPERTYMAP, "PropertyMap", TAB("Parent", TYPEDEF), LIST("PropertyList", PROPERTY)),
    TABLE(PROPERTYPTR, "PropertyPtr", TAB("Property", PROPERTY)),
    TABLE(PROPERTY, "Property", U16("Flags"), STR("Name"), BLOB("Type")),
    TABLE(METHODSEMANTICS, "MethodSemantics", U16("Semantics"), TAB("Method", METHODDEF),
          CODED("Association", HASSEMANTICS)),
    TABLE(METHODIMPL, "MethodImpl", TAB("Class", TYPEDEF), CODED("MethodBody", METHODDEFORREF),
          CODED("MethodDeclaration", METHODDEFORREF)),
    TABLE(MODULEREF, "ModuleRef", STR("Name")),
    TABLE(TYPESPEC, "TypeSpec", BLOB("Signature")),
    TABLE(IMPLMAP, "ImplMap", U16("MappingFlags"), CODED("MemberForwarded", MEMBERFORWARDED),
          STR("ImportName"), TAB("ImportScope", MODULEREF)),
    TABLE(FIELDRVA, "FieldRVA", U32("RVA"), TAB("Field", FIELD)),
    TABLE(ENCLOG, "EncLog", U32("Token"), U32("FuncCode")),
    TABLE(ENCMAP, "EncMap", U32("Token")),
    TABLE(ASSEMBLY, "Assembly", U32("HashAlgId"), U16("MajorVersion"), U16("MinorVersion"),
          U16("BuildNumber"), U16("RevisionNumber"), U32("Flags"), BLOB("PublicKey"), STR("Name"),
          STR("Culture")),
    TABLE(ASSEMBLYPROCESSOR, "AssemblyProcessor", U32("Processor")),
    TABLE(ASSEMBLYOS, "AssemblyOS", U32("OSPlatformID"), U32("OSMajorVersion"),
          U32("OSMinorVersion")),
    TABLE(ASSEMBLYREF, "AssemblyRef", U16("MajorVersion"), U16("MinorVersion"), U16("BuildNumber"),
          U16("RevisionNumber"), U32("Flags"), BLOB("PublicKeyOrToken"), STR("Name"),
          STR("Culture"), BLOB("HashValue")),
    TABLE(ASSEMBLYREFPROCESSOR, "AssemblyRefProcessor", U32("Processor"),
          TAB("AssemblyRef", ASSEMBLYREF)),
    TABLE(ASSEMBLYREFOS, "AssemblyRefOS", U32("OSPlatformID"), U32("OSMajorVersion"),
          U32("OSMinorVersion"), TAB("AssemblyRef", ASSEMBLYREF)),
    TABLE(FILE, "File", U32("Flags"), STR("Name"), BLOB("HashValue")),
    TABLE(EXPORTEDTYPE, "ExportedType", U32("Flags"), U32("TypeDefId"), STR("TypeName"),
          STR("TypeNamespace"), CODED("Implementation", IMPLEMENTATION)),
    TABLE(MANIFESTRESOURCE, "ManifestResource", U32("Offset"), U32("Flags"), STR("Name"),
          CODED("Implementation", IMPLEMENTATION)),
    TABLE(NESTEDCLASS, "NestedClass", TAB("NestedClass", TYPEDEF), TAB("EnclosingClass", TYPEDEF)),
    TABLE(GENERICPARAM, "GenericParam", U16("Number"), U16("Flags"), CODED("Owner", TYPEORMETHODDEF),
          STR("Name")),
    TABLE(METHODSPEC, "MethodSpec", CODED("Method", METHODDEFORREF), BLOB("Instantiation")),
    TABLE(GENERICPARAMCONSTRAINT, "GenericParamConstraint", TAB("Owner", GENERICPARAM),
          CODED("Constraint", TYPEDEFORREF)),
    TABLE(DOCUMENT, "Document", BLOB("Name"), GUID("HashAlgorithm"), BLOB("Hash"), GUID("Language")),
    TABLE(METHODDEBUGINFORMATION, "MethodDebugInformation", TAB("Document", DOCUMENT),
          BLOB("SequencePoints")),
    TABLE(LOCALSCOPE, "LocalScope", TAB("Method", METHODDEF), TAB("ImportScope", IMPORTSCOPE),
          LIST("VariableList", LOCALVARIABLE), LIST("ConstantList", LOCALCONSTANT),
          U32("StartOffset"), U32("Length")),
    TABLE(LOCALVARIABLE, "LocalVariable", U16("Attributes"), U16("Index"), STR("Name")),
    TABLE(LOCALCONSTANT, "LocalConstant", STR("Name"), BLOB("Signature")),
    TABLE(IMPORTSCOPE, "ImportScope", TAB("Parent", IMPORTSCOPE), BLOB("Imports")),
    TABLE(STATEMACHINEMETHOD, "StateMachineMethod", TAB("MoveNextMethod", METHODDEF),
          TAB("KickoffMethod", METHODDEF)),
    TABLE(CUSTOMDEBUGINFORMATION, "CustomDebugInformation",
          CODED("Parent", HASCUSTOMDEBUGINFORMATION), GUID("Kind"), BLOB("Value")),
};

/* Tables a coded index can name, in tag order; IMG_CODED_UNUSED marks
 * tags ECMA-335 reserves (CustomAttributeType's 0, 1 and 4). */
#define T(x) IMG_TABLE_##x
const ImgCodedSchema img_coded_schema[IMG_CODED_COUNT] = {
    [IMG_CODED_TYPEDEFORREF] = {2, 3, {T(TYPEDEF), T(TYPEREF), T(TYPESPEC)}},
    [IMG_CODED_HASCONSTANT] = {2, 3, {T(FIELD), T(PARAM), T(PROPERTY)}},
    [IMG_CODED_HASCUSTOMATTRIBUTE] = {5, 22,
        {T(METHODDEF), T(FIELD), T(TYPEREF), T(TYPEDEF), T(PARAM), T(INTERFACEIMPL), T(MEMBERREF),
         T(MODULE), T(DECLSECURITY), T(PROPERTY), T(EVENT), T(STANDALONESIG), T(MODULEREF),
         T(TYPESPEC), T(ASSEMBLY), T(ASSEMBLYREF), T(FILE), T(EXPORTEDTYPE), T(MANIFESTRESOURCE),
         T(GENERICPARAM), T(GENERICPARAMCONSTRAINT), T(METHODSPEC)}},
    [IMG_CODED_HASFIELDMARSHAL] = {1, 2, {T(FIELD), T(PARAM)}},
    [IMG_CODED_HASDECLSECURITY] = {2, 3, {T(TYPEDEF), T(METHODDEF), T(ASSEMBLY)}},
    [IMG_CODED_MEMBERREFPARENT] = {3, 5,
        {T(TYPEDEF), T(TYPEREF), T(MODULEREF), T(METHODDEF), T(TYPESPEC)}},
    [IMG_CODED_HASSEMANTICS] = {1, 2, {T(EVENT), T(PROPERTY)}},
    [IMG_CODED_METHODDEFORREF] = {1, 2, {T(METHODDEF), T(MEMBERREF)}},
    [IMG_CODED_MEMBERFORWARDED] = {1, 2, {T(FIELD), T(METHODDEF)}},
    [IMG_CODED_IMPLEMENTATION] = {2, 3, {T(FILE), T(ASSEMBLYREF), T(EXPORTEDTYPE)}},
    [IMG_CODED_CUSTOMATTRIBUTETYPE] = {3, 5,
        {IMG_CODED_UNUSED, IMG_CODED_UNUSED, T(METHODDEF), T(MEMBERREF), IMG_CODED_UNUSED}},
    [IMG_CODED_RESOLUTIONSCOPE] = {2, 4, {T(MODULE), T(MODULEREF), T(ASSEMBLYREF), T(TYPEREF)}},
    [IMG_CODED_TYPEORMETHODDEF] = {1, 2, {T(TYPEDEF), T(METHODDEF)}},
    [IMG_CODED_HASCUSTOMDEBUGINFORMATION] = {5, 27,
        {T(METHODDEF), T(FIELD), T(TYPEREF), T(TYPEDEF), T(PARAM), T(INTERFACEIMPL), T(MEMBERREF),
         T(MODULE), T(DECLSECURITY), T(PROPERTY), T(EVENT), T(STANDALONESIG), T(MODULEREF),
         T(TYPESPEC), T(ASSEMBLY), T(ASSEMBLYREF), T(FILE), T(EXPORTEDTYPE), T(MANIFESTRESOURCE),
         T(GENERICPARAM), T(GENERICPARAMCONSTRAINT), T(METHODSPEC), T(DOCUMENT), T(LOCALSCOPE),
         T(LOCALVARIABLE), T(LOCALCONSTANT), T(IMPORTSCOPE)}},
};
#undef T

const char *img_table_name(ImgTableId table) {
    return (unsigned)table < IMG_TABLE_COUNT ? img_table_schema[table].name : NULL;
}

uint32_t img_coded_decode(ImgCodedKind kind, uint32_t value) {
    const ImgCodedSchema *coded = &img_coded_schema[kind];
    uint32_t tag = value & ((1u << coded->tag_bits) - 1);
    uint32_t rid = value >> coded->tag_bits;
    if (tag >= coded->table_count || coded->tables[tag] == IMG_CODED_UNUSED || rid > 0xFFFFFFu)
        return 0;
    return rid ? IMG_TOKEN(coded->tables[tag], rid) : 0;
}

uint32_t img_coded_encode(ImgCodedKind kind, uint32_t token) {
    const ImgCodedSchema *coded = &img_coded_schema[kind];
    for (uint32_t tag = 0; tag < coded->table_count; tag++)
        if (coded->tables[tag] == IMG_TOKEN_TABLE(token))
            return (IMG_TOKEN_RID(token) << coded->tag_bits) | tag;
    return UINT32_MAX;
}
