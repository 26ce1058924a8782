"""Small editors shared by the views: multi-line text that commits on leaving it (numbered lists
stay numbered), and Buddhist-era date and period editors."""
