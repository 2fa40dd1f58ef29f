import Link from "next/link";

const inputClass = "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2";

/** A filter of an admin list: a wide search box, a text box or a select of [value, label]. */
export type FilterField =
  | { kind: "search" | "text"; name: string; label: string }
  | { kind: "select"; name: string; label: string; options: [value: string, label: string][] };

// Whole class names, so Tailwind sees them.
const gridClass = {
  4: "grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end",
  5: "grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end",
} as const;
const actionsClass = { 4: "flex gap-2 lg:col-span-4", 5: "flex gap-2 lg:col-span-5" } as const;

function Control({ field, value }: { field: FilterField; value: string | undefined }) {
  const label = (
    <label htmlFor={field.name} className="block text-sm font-medium">
      {field.label}
    </label>
  );
  if (field.kind === "select") {
    return (
      <div>
        {label}
        <select id={field.name} name={field.name} defaultValue={value ?? ""} className={inputClass}>
          {field.options.map(([optionValue, optionLabel]) => (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          ))}
        </select>
      </div>
    );
  }
  return (
    <div className={field.kind === "search" ? "lg:col-span-2" : undefined}>
      {label}
      <input
        id={field.name}
        name={field.name}
        type={field.kind === "search" ? "search" : undefined}
        defaultValue={value}
        maxLength={200}
        className={inputClass}
      />
    </div>
  );
}

/**
 * The GET filter form of an admin list (shareable URLs): its fields, Apply and, when filtered,
 * Clear; then a note when some of the query string was not understood.
 */
export function ListFilters({
  path,
  label,
  fields,
  values,
  columns,
  understood,
  className = "mt-6",
}: {
  path: string;
  label: string;
  fields: FilterField[];
  values: Record<string, string | undefined>;
  columns: 4 | 5;
  understood: boolean;
  className?: string;
}) {
  const filtered = Object.keys(values).length > 0;
  return (
    <>
      <form
        method="get"
        action={path}
        role="search"
        aria-label={label}
        className={`${className} ${gridClass[columns]}`}
      >
        {fields.map((field) => (
          <Control key={field.name} field={field} value={values[field.name]} />
        ))}
        <div className={actionsClass[columns]}>
          <button
            type="submit"
            className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          >
            Apply filters
          </button>
          {filtered ? (
            <Link
              href={path}
              className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100"
            >
              Clear
            </Link>
          ) : null}
        </div>
      </form>
      {understood ? null : (
        <p role="alert" className="mt-4 text-sm text-red-700">
          Some filters were not understood and were ignored.
        </p>
      )}
    </>
  );
}
