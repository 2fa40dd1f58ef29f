// The GET filter form of the staff exam list (shareable URLs): stage, active, and a date range
// of the scheduled start (whole UTC days, as GET /exams/ reads bare dates).
import Link from "next/link";

const inputClass = "mt-1 w-full rounded border border-slate-300 bg-white px-3 py-2";

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ExamFilters({
  path,
  values,
  stages,
  understood,
}: {
  path: string;
  values: Record<string, string | undefined>;
  stages: readonly string[];
  understood: boolean;
}) {
  const filtered = Object.keys(values).length > 0;
  return (
    <>
      <form
        method="get"
        action={path}
        role="search"
        aria-label="Filter exams"
        className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end"
      >
        <Select
          name="stage"
          label="Stage"
          value={values.stage}
          options={[["", "Any stage"], ...stages.map((stage): [string, string] => [stage, stage])]}
        />
        <Select
          name="active"
          label="Active"
          value={values.active}
          options={[
            ["", "Either"],
            ["true", "Active"],
            ["false", "Not active"],
          ]}
        />
        <div>
          <label htmlFor="filter-date_from" className="block text-sm font-medium">
            Opens on or after
          </label>
          <input
            id="filter-date_from"
            name="date_from"
            type="date"
            defaultValue={values.date_from}
            aria-describedby="date-range-hint"
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="filter-date_to" className="block text-sm font-medium">
            Opens on or before
          </label>
          <input
            id="filter-date_to"
            name="date_to"
            type="date"
            defaultValue={values.date_to}
            aria-describedby="date-range-hint"
            className={inputClass}
          />
        </div>
        <p id="date-range-hint" className="text-xs text-slate-600 lg:col-span-4">
          Dates are whole days in UTC. Drafts have no date, so a date range leaves them out.
        </p>
        <div className="flex gap-2 lg:col-span-4">
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
