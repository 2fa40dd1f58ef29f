import Link from "next/link";
import { EmptyMessage, ListResults, type ListResultsProps } from "@/components/ui/list-results";

/** A person's name in a list: a link to their details page where the viewer may open it. */
export function PersonName({ id, name, linked }: { id: string; name: string; linked: boolean }) {
  return linked ? (
    <Link href={`/admin/people/${id}`} className="font-medium text-brand-700 underline">
      {name}
    </Link>
  ) : (
    <span className="font-medium">{name}</span>
  );
}

/**
 * One page of an admin people list: the table and its pagination, or, when the page is empty or
 * past the end (`pagination` null), what that means and a link back to the whole list.
 */
export function PeopleResults<Row>({
  empty,
  ...list
}: Omit<ListResultsProps<Row>, "rowTestId" | "empty" | "emptyTestId"> & {
  /** `noneYet` is said of an empty unfiltered list; without it, `noMatch` and the link always. */
  empty: { noMatch: string; noneYet?: string; showAll: string };
}) {
  const withShowAll = (text: string) => (
    <EmptyMessage href={list.path} link={empty.showAll}>
      {text}
    </EmptyMessage>
  );
  return (
    <ListResults
      {...list}
      rowTestId="person-row"
      empty={{
        pastTheEnd: withShowAll("There is no such page."),
        noMatch: withShowAll(empty.noMatch),
        noneYet: empty.noneYet === undefined ? withShowAll(empty.noMatch) : <p>{empty.noneYet}</p>,
      }}
    />
  );
}
