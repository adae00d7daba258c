/**
 * Arabic for the parameter hints of the saved queries (the `// param:` descriptions of
 * cypher/queries/*.cypher, which are English), keyed by the English text. A hint missing here is
 * shown in English; tests/unit/ui/param-hints.test.ts lists any saved query that lacks one.
 */
export const PARAM_HINTS_AR: Record<string, string> = {
  "Entity id or name": "معرّف الكيان أو اسمه",
  "Entity id, Arabic name or English name": "معرّف الكيان أو اسمه العربي أو الإنجليزي",
  "Entity id, Arabic name or English name at the centre": "معرّف الكيان في المركز أو اسمه العربي أو الإنجليزي",
  "Entity id or name at one end": "معرّف الكيان أو اسمه في أحد الطرفين",
  "Entity id or name at the other end": "معرّف الكيان أو اسمه في الطرف الآخر",
  "Entity id or name that gives or receives (optional)": "معرّف الكيان المانح أو المتلقي أو اسمه (اختياري)",
  "Entity id or name where paths start": "معرّف الكيان الذي تبدأ منه المسارات أو اسمه",
  "Entity id or name where paths end": "معرّف الكيان الذي تنتهي عنده المسارات أو اسمه",
  "Entity id or name the statements are about": "معرّف الكيان الذي تتناوله التصريحات أو اسمه",
  "Entity id or name of the speaker": "معرّف المتحدث أو اسمه",
  "Entity id or name (optional)": "معرّف الكيان أو اسمه (اختياري)",
  "Entity id or name to centre on (optional)": "معرّف الكيان في المركز أو اسمه (اختياري)",
  "Entity types of the co-mentioned entities": "أنواع الكيانات المذكورة معه",
  "Entity types to rank": "أنواع الكيانات المرتّبة",
  "Entity types to review (sources of relationships, entities seen once)":
    "أنواع الكيانات للمراجعة (مصادر العلاقات، والكيانات التي وردت مرة واحدة)",
  "Relation type (optional: all relationships between the two)":
    "نوع العلاقة (اختياري: كل العلاقات بين الطرفين)",
  "Relation types": "أنواع العلاقات",
  "Relation types to follow": "أنواع العلاقات التي تُتبع",
  "Relation types a path may use": "أنواع العلاقات التي يجوز للمسار أن يمر بها",
  "Relationships with confidence below this are listed": "تُعرض العلاقات التي تقل ثقتها عن هذه القيمة",
  "Hops from the centre: 1 or 2": "عدد الخطوات من المركز: 1 أو 2",
  "Longest path to accept (1 to 6 hops)": "أطول مسار مقبول (من 1 إلى 6 خطوات)",
  "ISO currency code (optional)": "رمز العملة وفق ISO (اختياري)",
  "Earliest article date, ISO (optional)": "أقدم تاريخ للمقال بصيغة ISO (اختياري)",
  "Latest article date, ISO (optional)": "أحدث تاريخ للمقال بصيغة ISO (اختياري)",
  "Latest article date, ISO, inclusive (optional)": "أحدث تاريخ للمقال بصيغة ISO، شاملاً (اختياري)",
  "Only relationships with evidence from articles of this date or later, ISO (optional)":
    "العلاقات التي لها شواهد من مقالات بهذا التاريخ أو بعده فقط، بصيغة ISO (اختياري)",
  "Only relationships with evidence from articles of this date or earlier, ISO, inclusive (optional)":
    "العلاقات التي لها شواهد من مقالات بهذا التاريخ أو قبله فقط، بصيغة ISO، شاملاً (اختياري)",
  "Only corrections made by this user (empty: everyone)": "تصحيحات هذا المستخدم فقط (فارغ: الجميع)",
  "Only meetings reported in this article id (optional)":
    "اللقاءات الواردة في هذا المقال فقط (معرّفه، اختياري)",
  "Maximum articles": "أقصى عدد من المقالات",
  "Maximum entities": "أقصى عدد من الكيانات",
  "Maximum corrections": "أقصى عدد من التصحيحات",
  "Maximum rows": "أقصى عدد من الصفوف",
  "Maximum rows per section": "أقصى عدد من الصفوف في كل قسم",
  "Maximum rows per section (relationships, statements)":
    "أقصى عدد من الصفوف في كل قسم (العلاقات، التصريحات)",
  "Maximum neighbours": "أقصى عدد من الجيران",
  "Maximum paths": "أقصى عدد من المسارات",
  "Maximum statements": "أقصى عدد من التصريحات",
  "Maximum relationships": "أقصى عدد من العلاقات",
};
