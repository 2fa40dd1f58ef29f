import Link from "next/link";

const inputClass = "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2";

/**
 * A filter of an admin list: a wide search box, a text box, a date, or a select of [value, label].
 * `note` links the control to the list's note (read after its label).
 */
export type FilterField = { name: string; label: string; note?: boolean } & (
  | { kind: "search" | "text" | "date" }
  | { kind: "select"; options: [value: string, label: string][] }
);

const noteId = "filters-note";

// Whole class names, so Tailwind sees them.
const gridClass = {
  4: "grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end",
  5: "grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-end",
} as const;
const actionsClass = { 4: "flex gap-2 lg:col-span-4", 5: "flex gap-2 lg:col-span-5" } as const;
const noteClass = {
  4: "text-xs text-slate-600 lg:col-span-4",
  5: "text-xs text-slate-600 lg:col-span-5",
} as const;

function Control({ field, value }: { field: FilterField; value: string | undefined }) {
  const control = {
    id: field.name,
    name: field.name,
    "aria-describedby": field.note ? noteId : undefined,
    className: inputClass,
  };
  return (
    <div className={field.kind === "search" ? "lg:col-span-2" : undefined}>
      <label htmlFor={field.name} className="block text-sm font-medium">
        {field.label}
      </label>
      {field.kind === "select" ? (
        <select {...control} defaultValue={value ?? ""}>
          {field.options.map(([optionValue, optionLabel]) => (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...control}
          type={field.kind === "text" ? undefined : field.kind}
          defaultValue={value}
          maxLength={field.kind === "date" ? undefined : 200}
        />
      )}
    </div>
  );
}

/**
 * The GET filter form of an admin list (shareable URLs): its fields, an optional note about them,
 * Apply and, when filtered, Clear; then a warning when some of the query string was not understood.
 */
export function ListFilters({
  path,
  label,
  fields,
  values,
  columns,
  understood,
  note,
  className = "mt-6",
}: {
  path: string;
  label: string;
  fields: FilterField[];
  values: Record<string, string | undefined>;
  columns: 4 | 5;
  understood: boolean;
  note?: string;
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
        {note ? (
          <p id={noteId} className={noteClass[columns]}>
            {note}
          </p>
        ) : null}
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
