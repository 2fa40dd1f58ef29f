// The Integrations pages' frame: API keys and webhooks, as tabs.
import type { ReactNode } from "react";
import { StaffPage } from "@/components/ui/staff-page";
import { LinkTabs } from "@/components/ui/tabs";
import { staffPageContext } from "@/app/(app)/admin/staff-page";
import { integrationsRefusal } from "../access";

export default async function IntegrationsLayout({ children }: { children: ReactNode }) {
  const page = await staffPageContext("api-keys:manage", integrationsRefusal);
  if ("noAccess" in page) return page.noAccess;
  return (
    <StaffPage
      title="Integrations"
      description="Let other systems — a school portal, a sponsor's tools — read exams and results with an API key, and be told what happens through signed webhooks."
    >
      <div className="mt-6">
        <LinkTabs
          label="Integrations"
          tabs={[
            { href: "/admin/integrations", label: "API keys" },
            { href: "/admin/integrations/webhooks", label: "Webhooks" },
          ]}
        >
          {children}
        </LinkTabs>
      </div>
    </StaffPage>
  );
}
