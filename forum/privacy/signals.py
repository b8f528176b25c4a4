"""What privacy announces: other domains (following, notifications) remove their own data."""
from blinker import Namespace

# sender: the (already anonymized) User
account_erased = Namespace().signal("account-erased")
