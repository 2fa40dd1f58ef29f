// The person's picture through its short-lived signed link, or their initials when there is none.
export function ProfilePicture({
  url,
  firstName,
  lastName,
}: {
  url: string | null;
  firstName: string;
  lastName: string;
}) {
  const name = `${firstName} ${lastName}`.trim();
  if (url) {
    // A signed, expiring private link: not something next/image should fetch and cache.
    return (
      <img
        src={url}
        alt={`Picture of ${name}`}
        data-testid="profile-picture"
        className="size-24 rounded-full object-cover ring-1 ring-slate-200"
      />
    );
  }
  const initials = `${firstName.charAt(0)}${lastName.charAt(0)}`.toUpperCase() || "?";
  return (
    <div
      role="img"
      aria-label={`${name || "No name"}: no picture yet`}
      data-testid="profile-initials"
      className="flex size-24 items-center justify-center rounded-full bg-brand-50 text-2xl font-semibold text-brand-700 ring-1 ring-slate-200"
    >
      {initials}
    </div>
  );
}
