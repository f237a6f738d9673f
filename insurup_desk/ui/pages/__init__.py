"""List pages: policies, proposals, customers and renewals, with their detail panes."""
