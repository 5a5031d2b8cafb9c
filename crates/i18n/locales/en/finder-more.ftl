# The course finder's districts and neighbours (issue 12): /staff/districts, the
# finder's "neighbouring district" reason. Source language.

courses-q-district-hint = Courses in your district come first, then courses in the districts next to it.
courses-why-near-district = It is in { $district }, next to your district.
districts-title = Districts
districts-link = Districts and their neighbours
districts-intro = The course finder puts courses in the person's own district first, then courses in a neighbouring district. Say here which districts are next to each other. If A is next to B, B is next to A.
districts-list = The districts of the city
districts-col-name = District
districts-col-neighbours = Neighbouring districts
districts-change = Change
districts-no-neighbours = none yet
districts-none = No districts yet. Add the first one below.
districts-add = Add a district
districts-edit-title = District and neighbours
districts-back = Back to the districts
districts-neighbours-hint = Tick every district next to this one. The district is then also a neighbour of each district you tick.
districts-no-others = There is no other district yet.
districts-save = Save the district
districts-done-created = The district was added. Now tick its neighbours.
districts-done-saved = The district was saved.
districts-done-deleted = The district was removed.
districts-delete-title = Remove the district
districts-delete-intro = The district leaves the list and is no longer a neighbour of any district. Courses keep the name of their district.
districts-delete = Remove this district
error-district-exists = There is already a district with this name
error-unknown-district = Choose districts from the list
