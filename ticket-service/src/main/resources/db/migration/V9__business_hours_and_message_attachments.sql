-- Business hours per service (PRODUCT.md §4), in the service's time zone; routing and SLA read them from
-- the ServiceChanged event. New services open Monday to Friday, 09:00–18:00.
ALTER TABLE workspace ADD COLUMN business_hours JSONB NOT NULL DEFAULT
    '{"days": [{"day": "MONDAY", "opens": "09:00", "closes": "18:00"},
               {"day": "TUESDAY", "opens": "09:00", "closes": "18:00"},
               {"day": "WEDNESDAY", "opens": "09:00", "closes": "18:00"},
               {"day": "THURSDAY", "opens": "09:00", "closes": "18:00"},
               {"day": "FRIDAY", "opens": "09:00", "closes": "18:00"}],
      "holidays": []}'
    CHECK (jsonb_typeof(business_hours -> 'days') = 'array' AND jsonb_typeof(business_hours -> 'holidays') = 'array');
