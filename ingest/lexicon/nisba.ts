/**
 * Masculine singular nisba (relational adjective) of a one-word country name, as the gazetteer
 * generator derives it: العراق → عراقي, فرنسا → فرنسي, روسيا → روسي, السعودية → سعودي.
 * Irregular ones (أفغاني، نمساوي، أميركي) are written in country-overrides.json instead.
 */
export function nisbaStem(name: string): string | null {
  if (name.includes(" ")) return null;
  let stem = name.startsWith("ال") ? name.slice(2) : name;
  if (stem.endsWith("ي") || stem.endsWith("و")) return null;
  if (stem.endsWith("يا")) stem = stem.slice(0, -2);
  else if (stem.endsWith("ا") || stem.endsWith("ة")) stem = stem.slice(0, -1);
  // السعودية is already a nisba in form: its adjective is سعودي, not سعوديي.
  if (stem.endsWith("ي")) return stem.length >= 4 ? stem : null;
  return stem.length >= 3 ? stem + "ي" : null;
}
