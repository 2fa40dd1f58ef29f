import type { Metadata } from "next";
import { BroadcastComposer } from "@/components/broadcasts/broadcast-composer";
import { StaffPage } from "@/components/ui/staff-page";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { broadcastRefusal } from "../access";

export const metadata: Metadata = { title: "New broadcast" };

export default async function NewBroadcastPage() {
  const page = await staffPageContext("broadcasts:manage", broadcastRefusal);
  if ("noAccess" in page) return page.noAccess;
  return (
    <StaffPage
      title="New broadcast"
      width="narrow"
      back={{ href: "/admin/broadcasts", label: "All broadcasts" }}
      description="A message to everyone with the roles you choose: in their notifications, by email, or both. You will see how many people it reaches before you send it."
    >
      <BroadcastComposer />
    </StaffPage>
  );
}
