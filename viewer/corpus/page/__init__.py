"""Reading a saved news page: its publication date, furniture, body and headline."""
